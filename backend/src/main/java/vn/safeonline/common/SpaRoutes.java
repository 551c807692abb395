package vn.safeonline.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves the built SPA (frontend/dist) on the API's port: files as they are, and index.html for
 * any other GET that is not under /api, /q or /.well-known, so that deep links work. Their caching and security headers
 * are SecurityHeaders' (one place for all routes).
 */
public class SpaRoutes {
    private static final Logger LOG = Logger.getLogger(SpaRoutes.class);

    void install(@Observes Router router, @ConfigProperty(name = "app.spa.dir") String dir) {
        Path root = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            LOG.infof("no SPA build at %s: serving the API only", root);
            return;
        }
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, root.toString())
                .setCachingEnabled(true).setDefaultContentEncoding("UTF-8").setIndexPage("index.html");
        router.routeWithRegex(HttpMethod.GET, "^/(?!api/|api$|q/|q$|\\.well-known/).*").order(10_000).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (path.equals("/") || Files.isRegularFile(root.resolve(path.substring(1)).normalize())
                    && root.resolve(path.substring(1)).normalize().startsWith(root)) {
                files.handle(ctx);
            } else if (path.startsWith("/assets/")) {
                ctx.next();
            } else {
                ctx.response().sendFile(root.resolve("index.html").toString());
            }
        });
        LOG.infof("serving the SPA from %s", root);
    }
}
