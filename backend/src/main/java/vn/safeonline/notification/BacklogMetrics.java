package vn.safeonline.notification;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * What waits in PostgreSQL, for Prometheus ({@code /q/metrics}): e-mails and webhook deliveries not yet sent (nor given up),
 * domain events not yet fanned out to subscriptions, and attendee imports still being read. Counted in the database (so
 * every replica reports the same figure) every {@code app.metrics.refresh-every} (15 s), never on the scrape itself.
 */
@ApplicationScoped
public class BacklogMetrics {
    private static final Logger LOG = Logger.getLogger(BacklogMetrics.class);
    /** gauge tag → the count; the same definitions the senders use for "due or waiting" */
    static final Map<String, String> BACKLOG = new LinkedHashMap<>();

    static {
        BACKLOG.put("email", "select count(*) from email_outbox where sent_at is null and failed_at is null");
        BACKLOG.put("webhook", "select count(*) from webhook_delivery where status = 'PENDING'");
        BACKLOG.put("event", "select count(*) from event_outbox where fanned_out_at is null");
    }

    static final String IMPORTS = "select count(*) from import_job where status = 'PARSING'";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry registry;

    private final Map<String, AtomicLong> backlog = new LinkedHashMap<>();
    private final AtomicLong imports = new AtomicLong();

    void register(@Observes StartupEvent start) {
        for (String outbox : BACKLOG.keySet()) {
            AtomicLong value = backlog.computeIfAbsent(outbox, k -> new AtomicLong());
            Gauge.builder("safeonline.outbox.backlog", value, AtomicLong::get).tag("outbox", outbox)
                    .description("rows waiting to be sent or fanned out").register(registry);
        }
        Gauge.builder("safeonline.imports.in.progress", imports, AtomicLong::get)
                .description("attendee spreadsheets being read").register(registry);
        refresh();
    }

    @Scheduled(identity = "backlog-metrics", every = "{app.metrics.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (var e : BACKLOG.entrySet()) backlog.get(e.getKey()).set(count(st, e.getValue()));
            imports.set(count(st, IMPORTS));
        } catch (SQLException e) {
            LOG.warnf("backlog metrics not refreshed: %s", e.getMessage());
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
