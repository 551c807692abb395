package vn.safeonline.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.safeonline.common.BusinessClock;

/** One shift per plan: dates, instants, what may not lie in the future, and the dates its texts write. */
class DemoCalendarTest {
    static final ZoneOffset VN = ZoneOffset.ofHours(7);

    /** The business clock at 00:30 on 5 December 2026 in Vietnam (still the 4th in UTC). */
    static BusinessClock at0030() {
        BusinessClock clock = new BusinessClock();
        clock.set(Instant.parse("2026-12-04T17:30:00Z"));
        return clock;
    }

    @Test
    void planAsListsAreDueInFourDaysAndEverythingMovesWithThem() {
        DemoCalendar a = DemoCalendar.ceremony(at0030());
        assertEquals(LocalDate.of(2026, 12, 9), a.day(LocalDate.of(2026, 5, 28)), "Vietnam's day, not UTC's, plus four");
        assertEquals(LocalDate.of(2026, 12, 10), a.day(LocalDate.of(2026, 5, 29)));
        assertEquals(OffsetDateTime.of(2026, 12, 10, 8, 0, 0, 0, VN), a.at(OffsetDateTime.of(2026, 5, 29, 8, 0, 0, 0, VN)), "the same wall-clock time");
        assertEquals("thứ năm", a.weekday(LocalDate.of(2026, 5, 29)));
        assertEquals("10/12/2026", a.dmy(LocalDate.of(2026, 5, 29)));
        assertEquals("10/12", a.dm(LocalDate.of(2026, 5, 29)));
    }

    @Test
    void planBsCampaignIsInItsFourthWeekAndKeepsItsLength() {
        DemoCalendar b = DemoCalendar.campaign(at0030());
        LocalDate start = b.day(LocalDate.of(2025, 10, 6));
        assertEquals(LocalDate.of(2026, 12, 5).minusDays(24), start);
        assertEquals(start.plusDays(55), b.day(LocalDate.of(2025, 11, 30)), "eight weeks, first and last day included");
        assertEquals("12 đến 17/11/2026", b.range(LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 12)));
    }

    @Test
    void nothingHappensAfterNow() {
        DemoCalendar b = DemoCalendar.campaign(at0030()); // today is the story's 30/10/2025
        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), b.past(LocalDate.of(2025, 10, 30)), "today is not the future");
        assertEquals(Optional.empty(), b.past(LocalDate.of(2025, 10, 31)));
        assertEquals(LocalDate.of(2026, 12, 5), b.clamped(LocalDate.of(2025, 11, 20)));
        assertEquals(LocalDate.of(2026, 12, 1), b.clamped(LocalDate.of(2025, 10, 26)));
        OffsetDateTime now = OffsetDateTime.of(2026, 12, 5, 0, 30, 0, 0, VN);
        // later today: it happened, at the latest now; tomorrow: not yet
        assertEquals(Optional.of(now), b.past(OffsetDateTime.of(2025, 10, 30, 9, 0, 0, 0, VN)).map(t -> t.withOffsetSameInstant(VN)));
        assertEquals(Optional.empty(), b.past(OffsetDateTime.of(2025, 10, 31, 0, 10, 0, 0, VN)));
        assertTrue(b.clamped(OffsetDateTime.of(2025, 11, 3, 9, 0, 0, 0, VN)).isEqual(now));
    }

    @Test
    void aRangeWritesWhatItsEndsDoNotShare() {
        BusinessClock clock = at0030();
        DemoCalendar months = DemoCalendar.moving(LocalDate.of(2025, 10, 7), LocalDate.of(2026, 11, 28), clock);
        assertEquals("28/11 đến 03/12/2026", months.range(LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 12)));
        DemoCalendar years = DemoCalendar.moving(LocalDate.of(2025, 10, 7), LocalDate.of(2026, 12, 29), clock);
        assertEquals("29/12/2026 đến 03/1/2027", years.range(LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 12)));
    }
}
