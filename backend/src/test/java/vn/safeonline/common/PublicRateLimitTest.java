package vn.safeonline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public allowance is a token bucket kept in PostgreSQL: whatever process takes from it, a key's requests are counted
 * together, refilled with the business clock, and never more than the allowance in a burst.
 */
@QuarkusTest
class PublicRateLimitTest {
    @Inject
    PublicRateLimit limit;
    @Inject
    BusinessClock clock;

    @BeforeEach
    void start() {
        limit.reset();
        clock.set(OffsetDateTime.parse("2026-12-05T09:00:00+07:00").toInstant());
    }

    @AfterEach
    void end() {
        clock.reset();
        limit.reset();
    }

    @Test
    void aBurstTakesTheAllowanceThenWaitsForTheRefill() {
        for (int i = 0; i < 60; i++) assertEquals(0, limit.take("w:203.0.113.7", 60), "request " + (i + 1));
        assertEquals(1, limit.take("w:203.0.113.7", 60), "the 61st waits a second");
        assertEquals(0, limit.take("w:203.0.113.8", 60), "another address has its own bucket");
        assertEquals(0, limit.take("r:203.0.113.7", 60), "reads have their own bucket");

        clock.set(clock.instant().plus(Duration.ofSeconds(30)));
        int taken = 0;
        while (limit.take("w:203.0.113.7", 60) == 0) taken++;
        assertEquals(30, taken, "half a minute refills half the allowance");

        clock.set(clock.instant().minus(Duration.ofMinutes(5)));
        assertTrue(limit.take("w:203.0.113.7", 60) >= 1, "a clock moved back refills nothing");
        clock.set(clock.instant().plus(Duration.ofHours(1)));
        taken = 0;
        while (limit.take("w:203.0.113.7", 60) == 0) taken++;
        assertEquals(60, taken, "a bucket never holds more than the allowance");
    }

    @Test
    void requestsRacingOnManyConnectionsAreCountedExactly() throws Exception {
        var pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) calls.add(() -> limit.take("w:198.51.100.1", 100));
            long admitted = 0;
            for (var f : pool.invokeAll(calls)) if (f.get() == 0) admitted++;
            assertEquals(100, admitted, "exactly the allowance is admitted, however the requests interleave");
        } finally {
            pool.shutdown();
        }
    }
}
