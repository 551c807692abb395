package vn.safeonline.auth;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.safeonline.common.BusinessClock;

/**
 * Each system client's allowance: app.client.rate.per-minute requests in each clock minute, counted in PostgreSQL
 * (client_rate_take) so that every replica agrees. Announced on every answer to a client with the IETF RateLimit
 * headers: {@code RateLimit-Policy: "client";q=600;w=60} and {@code RateLimit: "client";r=<remaining>;t=<seconds to reset>}.
 */
@ApplicationScoped
public class ClientRateLimit {
    @ConfigProperty(name = "app.client.rate.per-minute", defaultValue = "600")
    int perMinute;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    BusinessClock clock;

    /** What one request took: how many remain in the window, and the seconds until it resets. */
    public record Taken(int limit, int remaining, long resetSeconds) {
        public boolean refused() {
            return remaining < 0;
        }

        public String policy() {
            return "\"client\";q=" + limit + ";w=60";
        }

        public String header() {
            return "\"client\";r=" + Math.max(0, remaining) + ";t=" + resetSeconds;
        }
    }

    public Taken take(long accountId) {
        OffsetDateTime now = clock.now();
        OffsetDateTime window = now.truncatedTo(ChronoUnit.MINUTES);
        long reset = Math.max(1, 60 - (now.toEpochSecond() - window.toEpochSecond()));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("select client_rate_take(?, ?)")) {
            ps.setLong(1, accountId);
            ps.setObject(2, window);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Taken(perMinute, perMinute - rs.getInt(1), reset);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("client rate limit", e);
        }
    }
}
