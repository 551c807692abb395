package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract served at {@code /q/openapi}, built when it is first asked for instead of at every start.
 * <p>
 * Quarkus 3.34 reads the build's document, runs the run-time filters and writes it as JSON and as YAML during start-up:
 * for this 1 MB contract that was the largest single step of a restart (about 0.5 s of CPU on the main thread out of 3.3 s
 * to ready, JFR, bench/start.sh), for a document integrators fetch once. Quarkus itself made the same change upstream
 * (quarkusio/quarkus#55538, "Skip building the OpenAPI document eagerly on startup", after 3.34): this class is that
 * change for the version we run, and goes away with the upgrade. It lives in Quarkus's package because the method it
 * defers is package-private there, which is also why it is in the packaged build only: under @QuarkusTest the app's classes
 * and Quarkus's come from different class loaders, the override does not apply and the tests serve the document as Quarkus
 * builds it. The app's own filter runs at build time (vn.safeonline.common.OpenApiFilter), so nothing of ours runs here;
 * scripts/examples.sh checks that the packaged app serves the committed contract, as YAML and as JSON (ContractTest does the
 * same for the test build).
 */
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable // looked up by the recorder and the handler, never injected
@IfBuildProfile("prod")
public class LazyOpenApiDocumentService extends OpenApiDocumentService {
    private record Pending(AutoSecurityFilter autoSecurityFilter, Map<OpenApiFilter.RunStage, List<String>> filters) {}

    private final Map<String, Pending> pending = new HashMap<>();

    @Override
    synchronized void prepareDocument(AutoSecurityFilter autoSecurityFilter, Map<OpenApiFilter.RunStage, List<String>> filters,
            String documentName) {
        pending.put(documentName, new Pending(autoSecurityFilter, filters));
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        synchronized (this) {
            Pending p = pending.remove(documentName);
            if (p != null) super.prepareDocument(p.autoSecurityFilter(), p.filters(), documentName);
        }
        return super.getDocument(documentName, format);
    }
}
