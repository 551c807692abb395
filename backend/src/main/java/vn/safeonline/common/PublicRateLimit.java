package vn.safeonline.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The public endpoints (no account: the resources whose path is under /api/public/) are limited per client
 * address, decided on the matched resource rather than on the raw path: a token bucket per address for
 * writes and one for reads, refilled continuously. Over the limit a request gets 429 with Retry-After
 * and the usual problem body. Behind a reverse proxy, set quarkus.http.proxy.proxy-address-forwarding
 * so that the address is the client's. The defaults allow a school's pupils behind one address to
 * take part together; lower them for the open internet.
 */
@ApplicationScoped
public class PublicRateLimit {
    private static final String PREFIX = "/api/public/";
    private static final int MAX_CLIENTS = 100_000;

    @ConfigProperty(name = "app.public.rate.writes-per-minute", defaultValue = "300")
    int writesPerMinute;
    @ConfigProperty(name = "app.public.rate.reads-per-minute", defaultValue = "1200")
    int readsPerMinute;

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * Runs after routing, on the resource that was matched, so that no spelling of the path (RequestGuard
     * refuses the non-canonical ones anyway) reaches a public resource without passing here.
     */
    @ServerRequestFilter
    public Response limit(SimpleResourceInfo resource, HttpServerRequest request, HttpHeaders headers, UriInfo uri) {
        if (resource == null || resource.getResourceClass() == null || !isPublic(resource.getResourceClass())) return null;
        boolean write = !"GET".equals(request.method().name()) && !"HEAD".equals(request.method().name());
        int perMinute = write ? writesPerMinute : readsPerMinute;
        String client = ClientAddress.of(request);
        long wait = take((write ? "w:" : "r:") + client, perMinute, System.nanoTime());
        if (wait == 0) return null;
        Response problem = ProblemMappers.problem(ProblemType.RATE_LIMITED, "Bạn gửi quá nhanh; hãy thử lại sau " + wait + " giây", List.of(), headers, uri);
        return Response.fromResponse(problem).header("Retry-After", wait).build();
    }

    private final ClassValue<Boolean> publicResources = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            Path path = type.getAnnotation(Path.class);
            return path != null && (path.value().startsWith(PREFIX) || path.value().startsWith(PREFIX.substring(1)));
        }
    };

    /** A resource class is public when its path is under /api/public/. */
    boolean isPublic(Class<?> resourceClass) {
        return publicResources.get(resourceClass);
    }

    /** Forgets every client (tests start from full allowances). */
    public void reset() {
        buckets.clear();
    }

    /** Takes a token; returns 0, or the seconds until one is available. */
    long take(String key, int perMinute, long now) {
        if (buckets.size() > MAX_CLIENTS) buckets.clear();
        double perNano = perMinute / 60e9;
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        synchronized (b) {
            b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * perNano);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
        }
    }
}
