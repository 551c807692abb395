package vn.safeonline.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a plain token (letters, digits, {@code . _ -},
 * at most 64), else a new UUID. It is answered in the {@code X-Request-Id} header, written in every problem body
 * ({@code requestId}), and put in the logging context (MDC {@code requestId}) so that each log line of the request,
 * on any thread that serves it, carries it: an operator finds the lines of the problem a user reports.
 * The first route of all (before RequestGuard), so that even a refused request has one; it also writes the access log.
 */
public class RequestId {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private static final Logger ACCESS = Logger.getLogger("vn.safeonline.access");

    /** One line a request (app.access-log, on in prod): address, method, path WITHOUT its query string (a search for a pupil's name would be there), status, bytes, time. */
    @ConfigProperty(name = "app.access-log", defaultValue = "false")
    boolean accessLog;

    void install(@Observes Router router) {
        router.route().order(-1_100).handler(ctx -> {
            String id = of(ctx.request().getHeader(HEADER));
            // the request carries the id it is known by from here on (JAX-RS reads it among the headers)
            ctx.request().headers().set(HEADER, id);
            ctx.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            if (accessLog) {
                long start = System.nanoTime();
                ctx.addEndHandler(v -> {
                    MDC.put(MDC_KEY, id); // the end may be told on another thread than the one the request was served on
                    ACCESS.infof("%s %s %s %d %d %.1f ms", ClientAddress.of(ctx.request()), ctx.request().method(), ctx.normalizedPath(),
                            ctx.response().getStatusCode(), ctx.response().bytesWritten(), (System.nanoTime() - start) / 1e6);
                });
            }
            ctx.addEndHandler(v -> MDC.remove(MDC_KEY));
            ctx.next();
        });
    }

    /** The caller's id when it is plain, else a new one. */
    static String of(String given) {
        return given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
