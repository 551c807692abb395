package vn.safeonline.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The one business clock: Vietnam's time ({@code Asia/Ho_Chi_Minh}, UTC+7). Every rule that asks "now" or "today"
 * (deadlines, overdue, {@code asOf} defaults, report dates, windows) asks this bean, never the JVM's default zone,
 * so that between 00:00 and 07:00 in Vietnam "today" is Vietnam's day, not UTC's. Tests move it with {@link #set}.
 */
@ApplicationScoped
@Unremovable // entity callbacks look it up through current()
public class BusinessClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Clock clock = Clock.system(ZONE);

    public Instant instant() {
        return clock.instant();
    }

    /** Now, with Vietnam's offset (+07:00). */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Vietnam's calendar day. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return ZONE;
    }

    /** The start of a Vietnam day, as an instant with Vietnam's offset. */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** Tests only: the clock stands still at this instant until {@link #reset()}. */
    public void set(Instant fixed) {
        clock = Clock.fixed(fixed, ZONE);
    }

    /** Tests only: the clock runs on from this instant. */
    public void setRunning(Instant from) {
        clock = Clock.offset(Clock.system(ZONE), java.time.Duration.between(Instant.now(), from));
    }

    public void reset() {
        clock = Clock.system(ZONE);
    }

    /** For entity callbacks, which CDI cannot inject: the same bean. */
    public static BusinessClock current() {
        return Arc.container().instance(BusinessClock.class).get();
    }
}
