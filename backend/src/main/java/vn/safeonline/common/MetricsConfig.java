package vn.safeonline.common;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The latency of each route as a Prometheus histogram (so that percentiles can be taken across replicas:
 * {@code histogram_quantile(0.99, sum by (le, uri) (rate(http_server_requests_seconds_bucket[5m])))}), with buckets at
 * the marks the product is held to (bench/: 50 ms for the door and the public pages, 100 ms for the roll-ups).
 */
public class MetricsConfig {
    @Produces
    @Singleton
    MeterFilter routeHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) return config;
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(ms(5), ms(10), ms(25), ms(50), ms(100), ms(250), ms(500), ms(1000), ms(2500), ms(5000))
                        .build().merge(config);
            }
        };
    }

    private static double ms(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }
}
