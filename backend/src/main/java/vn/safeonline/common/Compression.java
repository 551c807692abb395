package vn.safeonline.common;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Compression for every route, as the client accepts (brotli, gzip: {@code quarkus.http.compressors}). Quarkus marks each
 * answer {@code Content-Encoding: identity} and un-marks only those of its own handlers whose type is in
 * {@code quarkus.http.compress-media-types}; answers written elsewhere (the SPA's files in SpaRoutes, problems written by
 * the security layer) are un-marked here, by the same list, as their headers are written, and every compressible answer
 * says it varies with {@code Accept-Encoding}. An answer already encoded (a precompressed build asset) is left as it is.
 */
public class Compression {

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.enable-compression") boolean enabled,
            @ConfigProperty(name = "quarkus.http.compress-media-types") List<String> types) {
        if (!enabled) return;
        Set<String> compressible = types.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        router.route().order(-899).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> apply(compressible, ctx.response().headers()));
            ctx.next();
        });
    }

    static void apply(Set<String> compressible, MultiMap h) {
        String type = h.get("Content-Type");
        if (type == null) return;
        int semi = type.indexOf(';');
        if (!compressible.contains((semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(Locale.ROOT))) return;
        if ("identity".equalsIgnoreCase(h.get("Content-Encoding"))) h.remove("Content-Encoding");
        if (h.getAll("Vary").stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).contains("accept-encoding"))) h.add("Vary", "Accept-Encoding");
    }
}
