package vn.safeonline.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.safeonline.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.safeonline.notification.BacklogMetrics;
import vn.safeonline.notification.OutboxPruning;

/** Prometheus at /q/metrics: routes by template with latency buckets, the pool, the product's backlog and scheduled runs. */
@QuarkusTest
class MetricsTest {
    @Inject
    OutboxPruning pruning;
    @Inject
    BacklogMetrics backlog;

    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void routesAreMeasuredByTheirTemplateWithLatencyBuckets() {
        as("ubnd").get("/api/plans").then().statusCode(200);
        as("ubnd").get("/api/plans/999999999").then().statusCode(404);
        String m = metrics();
        assertTrue(m.contains("http_server_requests_seconds_bucket{") && m.contains("uri=\"/api/plans\""), "the plans list by its route");
        assertTrue(m.contains("uri=\"/api/plans/{id}\""), "a read by id counted under its template, not its id");
        assertTrue(Pattern.compile("http_server_requests_seconds_count\\{[^}]*status=\"404\"[^}]*uri=\"/api/plans/\\{id}\"").matcher(m).find()
                || Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"/api/plans/\\{id}\"[^}]*\\}").matcher(m).find(), "errors by status");
        assertTrue(m.contains("le=\"0.05\""), "a bucket at the 50 ms mark");
        assertTrue(m.contains("agroal_active_count") || m.contains("agroal_available_count"), "the database pool");
        assertTrue(m.contains("jvm_memory_used_bytes"), "the JVM");
    }

    @Test
    void theBacklogIsCountedInTheDatabaseAndScheduledRunsByOutcome() {
        backlog.refresh();
        String m = metrics();
        for (String outbox : new String[]{"email", "webhook", "event"}) {
            assertTrue(value(m, "safeonline_outbox_backlog{outbox=\"" + outbox + "\"}") >= 0, outbox + " backlog in\n" + grep(m, "safeonline_"));
        }
        assertTrue(value(m, "safeonline_imports_in_progress") >= 0, grep(m, "safeonline_"));

        double before = value(m, "safeonline_scheduled_runs_total{job=\"outbox-pruning\",outcome=\"ran\"}");
        pruning.prune();
        double after = value(metrics(), "safeonline_scheduled_runs_total{job=\"outbox-pruning\",outcome=\"ran\"}");
        assertTrue(after >= 1 && after == Math.max(before, 0) + 1, before + " → " + after);
    }

    private static String grep(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) if (line.startsWith(prefix)) out.append(line).append('\n');
        return out.toString();
    }
}
