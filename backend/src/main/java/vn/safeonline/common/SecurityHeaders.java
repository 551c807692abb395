package vn.safeonline.common;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * The response headers every answer carries, set once for all routes as the headers are written:
 * nosniff and the referrer policy everywhere; on the SPA (everything outside /api and /q) a content
 * security policy, a permissions policy that allows the camera only on the door (the check-in page),
 * and caching: hashed build assets are immutable for a year, index.html and every deep link answered
 * with it are revalidated on each load so that a new build is seen at once. The offline door (a PWA) needs a little more:
 * its service worker and manifest from this origin ({@code worker-src}, {@code manifest-src}), the QR reader's WebAssembly
 * compiled ({@code 'wasm-unsafe-eval'}: compiling wasm, not eval of strings), and the service worker and the manifest
 * revalidated on each load, so that a new build reaches the doors.
 */
public class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
            + " font-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";
    static final String CAMERA_ALLOWED = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";
    static final String CAMERA_DENIED = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** The door page of the SPA (frontend/src/app/router.tsx: events/:eventId/check-in). */
    private static final Pattern DOOR = Pattern.compile("^/events/[^/]+/check-in/?$");
    /** A Vite build asset: name-hash.js|css, the hash changing with the content. */
    private static final Pattern HASHED = Pattern.compile("^/assets/[^/]+-[A-Za-z0-9_-]{8}\\.(?:js|css)$");
    /** The service worker, its registration script and the web app manifest: fixed names, so never kept stale. */
    private static final Pattern PWA = Pattern.compile("^/(?:sw\\.js|registerSW\\.js|manifest\\.webmanifest)$");

    void install(@Observes Router router) {
        router.route().order(-900).handler(ctx -> {
            String path = ctx.request().path();
            ctx.addHeadersEndHandler(v -> apply(path, ctx.response().getStatusCode(), ctx.response().headers()));
            ctx.next();
        });
    }

    static void apply(String path, int status, MultiMap h) {
        h.set("X-Content-Type-Options", "nosniff");
        if (!h.contains("Referrer-Policy")) h.set("Referrer-Policy", "strict-origin-when-cross-origin");
        if (path == null || api(path)) return;
        if (!h.contains("Content-Security-Policy")) h.set("Content-Security-Policy", CSP);
        h.set("Permissions-Policy", DOOR.matcher(path).matches() ? CAMERA_ALLOWED : CAMERA_DENIED);
        String type = h.get("Content-Type");
        if ((status == 200 || status == 304) && HASHED.matcher(path).matches()) {
            h.set("Cache-Control", IMMUTABLE);
        } else if (type != null && type.startsWith("text/html") || path.equals("/") || path.equals("/index.html") || PWA.matcher(path).matches()) {
            h.set("Cache-Control", "no-cache");
        }
    }

    private static boolean api(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.equals("/q");
    }
}
