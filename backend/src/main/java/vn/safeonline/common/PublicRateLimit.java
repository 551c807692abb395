package vn.safeonline.common;

import io.agroal.api.AgroalDataSource;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The public endpoints (no account: the resources whose path is under /api/public/) are limited per client
 * address, decided on the matched resource rather than on the raw path: a token bucket per address for
 * writes and one for reads, refilled continuously, kept in PostgreSQL (public_rate_take, changeset 032) so that
 * replicas behind one proxy count a client's requests together. Over the limit a request gets 429 with Retry-After
 * and the usual problem body. Behind a reverse proxy, set quarkus.http.proxy.proxy-address-forwarding
 * so that the address is the client's. The defaults allow a school's pupils behind one address to
 * take part together; lower them for the open internet.
 */
@ApplicationScoped
public class PublicRateLimit {
    private static final String PREFIX = "/api/public/";

    @ConfigProperty(name = "app.public.rate.writes-per-minute", defaultValue = "300")
    int writesPerMinute;
    @ConfigProperty(name = "app.public.rate.reads-per-minute", defaultValue = "1200")
    int readsPerMinute;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    BusinessClock clock;

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
        long wait = take((write ? "w:" : "r:") + client, perMinute);
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
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("delete from public_rate");
        } catch (SQLException e) {
            throw new IllegalStateException("public rate limit", e);
        }
    }

    /** Takes a token from the key's bucket (in PostgreSQL, so every replica counts together); returns 0, or the seconds until one is there. */
    long take(String key, int perMinute) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("select public_rate_take(?, ?, ?)")) {
            ps.setString(1, key);
            ps.setInt(2, perMinute);
            ps.setObject(3, clock.now());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("public rate limit", e);
        }
    }
}
