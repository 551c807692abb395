package vn.safeonline.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import vn.safeonline.common.BusinessClock;

/**
 * A demo plan's real calendar moved as one block to the day the demo is loaded: every date of the plan (document, tasks,
 * reports, events, campaign, targets, contests, timestamps) moves by the same number of days, so the story keeps its
 * rhythm and the dates written in its texts agree with its fields. Built once per load from the business clock, so
 * "today" is Vietnam's day and one load is consistent with itself.
 *
 * <p>Nothing can have happened after the load: what a plan records as done (reports, adoptions, pledges, issuing) would
 * otherwise fall in the future. The loader chooses, per kind of record, {@link #past} (left out) or {@link #clamped}
 * (dated today at the latest); both depend only on the shifted date, so every load day gives the same demo.
 */
public final class DemoCalendar {
    /** Plan A: the agencies' lists are due this many days after the load day; the ceremony is the day after. */
    public static final int LISTS_DUE_IN_DAYS = 4;
    /** Plan B: the load day is this many days after the campaign's first day (its 4th week). */
    public static final int CAMPAIGN_DAY = 24;

    private static final String[] WEEKDAYS = {"thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"};

    private final long days;
    private final LocalDate today;
    private final OffsetDateTime now;

    private DemoCalendar(long days, LocalDate today, OffsetDateTime now) {
        this.days = days;
        this.today = today;
        this.now = now;
    }

    /** The calendar on which {@code original} falls on {@code shifted}. */
    static DemoCalendar moving(LocalDate original, LocalDate shifted, BusinessClock clock) {
        return new DemoCalendar(ChronoUnit.DAYS.between(original, shifted), clock.today(), clock.now());
    }

    /** Plan A, 135/KH-UBND: the lists due 28/5/2026 are due {@value #LISTS_DUE_IN_DAYS} days from the load day. */
    static DemoCalendar ceremony(BusinessClock clock) {
        return moving(LocalDate.of(2026, 5, 28), clock.today().plusDays(LISTS_DUE_IN_DAYS), clock);
    }

    /** Plan B, 120/KH-UBND: the campaign that began 06/10/2025 began {@value #CAMPAIGN_DAY} days before the load day. */
    static DemoCalendar campaign(BusinessClock clock) {
        return moving(LocalDate.of(2025, 10, 6), clock.today().minusDays(CAMPAIGN_DAY), clock);
    }

    /** How many days the plan moves. */
    long days() {
        return days;
    }

    LocalDate day(LocalDate original) {
        return original == null ? null : original.plusDays(days);
    }

    /** The same wall-clock time and offset, {@link #days()} later. */
    OffsetDateTime at(OffsetDateTime original) {
        return original == null ? null : original.plusDays(days);
    }

    /** The shifted day if it is not after today; empty for what would happen in the future. */
    Optional<LocalDate> past(LocalDate original) {
        LocalDate d = day(original);
        return d.isAfter(today) ? Optional.empty() : Optional.of(d);
    }

    /**
     * The shifted instant if its Vietnam day is not after today, no later than now (a time later today becomes now); empty
     * for a later day. By the day, not the hour, so the demo is the same whatever the hour of the load.
     */
    Optional<OffsetDateTime> past(OffsetDateTime original) {
        OffsetDateTime t = at(original);
        if (t.atZoneSameInstant(BusinessClock.ZONE).toLocalDate().isAfter(today)) return Optional.empty();
        return Optional.of(t.isAfter(now) ? now : t);
    }

    /** The shifted day, or today if it would be later. */
    LocalDate clamped(LocalDate original) {
        LocalDate d = day(original);
        return d.isAfter(today) ? today : d;
    }

    /** The shifted instant, or now if it would be later. */
    OffsetDateTime clamped(OffsetDateTime original) {
        OffsetDateTime t = at(original);
        return t.isAfter(now) ? now : t;
    }

    /** "29/5/2026", as the plans' texts cite a day (two-digit day, month as a number). */
    String dmy(LocalDate original) {
        LocalDate d = day(original);
        return String.format("%02d/%d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** "29/5", a day of the plan's own year. */
    String dm(LocalDate original) {
        LocalDate d = day(original);
        return String.format("%02d/%d", d.getDayOfMonth(), d.getMonthValue());
    }

    /** "07 đến 12/10/2025"; across months "30/11 đến 05/12/2025"; across years both in full. */
    String range(LocalDate originalFrom, LocalDate originalTo) {
        LocalDate from = day(originalFrom);
        LocalDate to = day(originalTo);
        String start;
        if (from.getYear() != to.getYear()) start = dmy(originalFrom);
        else if (from.getMonthValue() != to.getMonthValue()) start = dm(originalFrom);
        else start = String.format("%02d", from.getDayOfMonth());
        return start + " đến " + dmy(originalTo);
    }

    /** "thứ sáu": the Vietnamese day of the week of the shifted day. */
    String weekday(LocalDate original) {
        return WEEKDAYS[day(original).getDayOfWeek().getValue() - 1];
    }
}
