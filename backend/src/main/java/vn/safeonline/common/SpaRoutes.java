package vn.safeonline.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.impl.MimeMapping;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves the built SPA (frontend/dist) on the API's port: files as they are, and index.html for
 * any other GET that is not under /api, /q or /.well-known, so that deep links work. Their caching and security headers
 * are SecurityHeaders' (one place for all routes).
 *
 * <p>Compressed for the client that says it can read it: a build asset with a sibling compressed at build time
 * ({@code x.js.br}, {@code x.js.gz}, frontend/vite.config.ts) is sent as it is, brotli before gzip; any other text
 * (index.html, the service worker, the manifest, a file without a sibling) is compressed on the fly
 * (Compression, {@code quarkus.http.compressors}); a client that sends no {@code Accept-Encoding} gets the file as it is.
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
            Path file = path.equals("/") ? null : root.resolve(path.substring(1)).normalize();
            boolean exists = file != null && file.startsWith(root) && Files.isRegularFile(file);
            if (exists && sendPrecompressed(ctx, file)) return;
            if (path.equals("/") || exists) {
                files.handle(ctx);
            } else if (path.startsWith("/assets/")) {
                ctx.next();
            } else {
                ctx.response().sendFile(root.resolve("index.html").toString());
            }
        });
        LOG.infof("serving the SPA from %s", root);
    }

    /** The build's brotli or gzip sibling of the file, when the client accepts it and the build made one. */
    private static boolean sendPrecompressed(RoutingContext ctx, Path file) {
        // Over HTTP/2 Vert.x's compressor encodes the body again whatever Content-Encoding says (a brotli file sent
        // brotli'd twice): there the file goes as it is and is compressed on the fly. Behind the proxy (HTTP/1.1) and
        // over plain HTTP/1.1 the build's sibling is sent.
        if (ctx.request().version() == io.vertx.core.http.HttpVersion.HTTP_2) return false;
        String accepted = ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING);
        for (String[] encoding : new String[][]{{"br", ".br"}, {"gzip", ".gz"}}) {
            if (!accepts(accepted, encoding[0])) continue;
            Path sibling = file.resolveSibling(file.getFileName() + encoding[1]);
            if (!Files.isRegularFile(sibling)) continue;
            String type = MimeMapping.getMimeTypeForFilename(file.getFileName().toString());
            if (type == null) type = "application/octet-stream";
            if (type.startsWith("text/") || type.equals("application/javascript") || type.equals("application/json")) type += ";charset=UTF-8";
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, type).putHeader(HttpHeaders.CONTENT_ENCODING, encoding[0]);
            ctx.response().sendFile(sibling.toString());
            return true;
        }
        return false;
    }

    /** Whether an Accept-Encoding header admits the coding (named or *, with a q above 0). */
    static boolean accepts(String header, String coding) {
        if (header == null) return false;
        for (String part : header.split(",")) {
            String[] p = part.trim().split(";");
            String name = p[0].trim().toLowerCase(Locale.ROOT);
            if (!name.equals(coding) && !name.equals("*")) continue;
            double q = 1;
            for (int i = 1; i < p.length; i++) {
                String param = p[i].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) return true;
        }
        return false;
    }
}
