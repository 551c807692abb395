package vn.safeonline.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.campaign.TargetDtos.Indicator;
import vn.safeonline.campaign.TargetDtos.UnitFigure;
import vn.safeonline.campaign.TargetDtos.UnitStatus;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.OrganizationType;

/**
 * Targets' values, computed from the reports (and the counted frame adoptions) at the time of asking:
 * one pass over the campaign's reports for all targets, grouped by unit, with one filtered aggregate per target.
 */
@RequestScoped
public class Rollup {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    EntityManager em;
    @Inject
    CampaignAccess access;
    @Inject
    CurrentUser me;
    @Inject
    BusinessClock clock;

    public record Unit(long id, String code, String name, OrganizationType type, int officers, int pupils, int students, int teachers,
                       int parents) {
        int headcount(Audience a) {
            if (a == null) return officers + pupils + students + teachers + parents;
            return switch (a) {
                case OFFICERS -> officers;
                case PUPILS -> pupils;
                case STUDENTS -> students;
                case TEACHERS -> teachers;
                case PARENTS -> parents;
            };
        }

        OrgRef ref() {
            return new OrgRef(id, code, name, type);
        }
    }

    public record Figure(Unit unit, long numerator, long denominator, long reports, LocalDate last, BigDecimal value, UnitStatus status) {
    }

    /** The campaign's units the caller may see figures of. */
    public List<Unit> units(Campaign c) {
        return units(c, access.seesAll(c));
    }

    /**
     * The units a caller's indicators are computed over: every unit for the campaign's managers and for whoever sees the
     * campaign without being a unit of it (the campaign-wide figures, the same for everyone: never zeros for want of units);
     * a unit's own units (it and those under it) for a unit.
     */
    public UnitScope indicatorUnits(Campaign c) {
        if (access.seesAll(c)) return new UnitScope(units(c, true), true);
        List<Unit> own = units(c, false);
        return own.isEmpty() ? new UnitScope(units(c, true), true) : new UnitScope(own, false);
    }

    public record UnitScope(List<Unit> units, boolean campaignWide) {
    }

    /** Every unit of the campaign, whoever asks: the figures a task's progress is computed from are the same for everyone. */
    public List<Unit> allUnits(Campaign c) {
        return units(c, true);
    }

    private List<Unit> units(Campaign c, boolean all) {
        Query q = em.createNativeQuery("select o.id as id, o.code as code, o.name as name, o.type as type, cu.officers as officers,"
                + " cu.pupils as pupils, cu.students as students, cu.teachers as teachers, cu.parents as parents"
                + " from campaign_unit cu join organization o on o.id = cu.organization_id where cu.campaign_id = ?1"
                + (all ? "" : " and (o.id = ?2 or o.path like ?3)") + " order by o.name, o.id", Tuple.class).setParameter(1, c.id);
        if (!all) q.setParameter(2, me.org().id).setParameter(3, me.org().subtreePrefix() + "%");
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        List<Unit> units = new ArrayList<>(rows.size());
        for (Tuple r : rows) {
            units.add(new Unit(r.get("id", Number.class).longValue(), r.get("code", String.class), r.get("name", String.class),
                    OrganizationType.valueOf(r.get("type", String.class)), r.get("officers", Number.class).intValue(), r.get("pupils", Number.class).intValue(),
                    r.get("students", Number.class).intValue(), r.get("teachers", Number.class).intValue(), r.get("parents", Number.class).intValue()));
        }
        return units;
    }

    /** A target's window: its own, or the campaign's period; never outside the campaign's period (SQL: target_window_from). */
    static LocalDate from(Campaign c, CampaignTarget t) {
        return t.from != null && t.from.isAfter(c.startsOn) ? t.from : c.startsOn;
    }

    static LocalDate to(Campaign c, CampaignTarget t) {
        return t.to != null && t.to.isBefore(c.endsOn) ? t.to : c.endsOn;
    }

    private static String participants(Audience a) {
        return a == null ? "(r.officers + r.pupils + r.students + r.teachers + r.parents)" : "r." + a.column;
    }

    /** Each target's figures per unit, as of a day (null: everything reported, read from the tallies the database keeps). */
    public Map<Long, List<Figure>> figures(Campaign c, List<CampaignTarget> targets, List<Unit> units, LocalDate asOf) {
        if (targets.isEmpty()) return new LinkedHashMap<>();
        return asOf == null ? fromTallies(c, targets, units) : fromReports(c, targets, units, asOf);
    }

    /**
     * One row per target and unit from {@code target_tally}: reports, the participants of the target's audience, last date.
     * Read with plain JDBC on the session's connection: 20,000 rows through Hibernate's row readers cost more than the query.
     */
    private Map<Long, List<Figure>> fromTallies(Campaign c, List<CampaignTarget> targets, List<Unit> units) {
        record Tally(long reports, long people, LocalDate last) {
        }
        Map<Long, Map<Long, Tally>> byTarget = new HashMap<>();
        em.unwrap(org.hibernate.Session.class).doWork(conn -> {
            try (java.sql.PreparedStatement ps = conn.prepareStatement("select tt.target_id, tt.organization_id, tt.reports,"
                    + " case t.audience when 'OFFICERS' then tt.officers when 'PUPILS' then tt.pupils when 'STUDENTS' then tt.students"
                    + " when 'TEACHERS' then tt.teachers when 'PARENTS' then tt.parents else tt.officers + tt.pupils + tt.students + tt.teachers + tt.parents end as people,"
                    + " tt.last_date - date '1970-01-01' as last_day"
                    + " from target_tally tt join campaign_target t on t.id = tt.target_id where t.campaign_id = ? and tt.target_id = any(?)")) {
                ps.setLong(1, c.id);
                ps.setArray(2, conn.createArrayOf("bigint", targets.stream().map(t -> t.id).toArray()));
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long days = rs.getLong("last_day");
                        boolean noDate = rs.wasNull();
                        byTarget.computeIfAbsent(rs.getLong("target_id"), k -> new HashMap<>())
                                .put(rs.getLong("organization_id"), new Tally(rs.getLong("reports"), rs.getLong("people"), noDate ? null : LocalDate.ofEpochDay(days)));
                    }
                }
            }
        });
        Map<Long, List<Figure>> out = new LinkedHashMap<>();
        for (CampaignTarget t : targets) {
            Map<Long, Long> adoptions = adoptions(c, t, null);
            Map<Long, Tally> tally = byTarget.getOrDefault(t.id, Map.of());
            List<Figure> figures = new ArrayList<>();
            List<OrganizationType> scope = t.unitTypes();
            for (Unit u : units) {
                if (!scope.isEmpty() && !scope.contains(u.type())) continue;
                Tally r = tally.get(u.id());
                figures.add(r == null ? figure(t, u, 0, 0, null, adoptions.getOrDefault(u.id(), 0L))
                        : figure(t, u, r.reports(), r.people(), r.last(), adoptions.getOrDefault(u.id(), 0L)));
            }
            out.put(t.id, figures);
        }
        return out;
    }

    private Map<Long, List<Figure>> fromReports(Campaign c, List<CampaignTarget> targets, List<Unit> units, LocalDate asOf) {
        Map<Long, List<Figure>> out = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("select r.organization_id as organization_id");
        for (int i = 0; i < targets.size(); i++) {
            CampaignTarget t = targets.get(i);
            LocalDate to = to(c, t);
            if (asOf != null && asOf.isBefore(to)) to = asOf;
            // typed values written as literals (ISO dates, enum names, ids: nothing a person typed), so that PostgreSQL plans
            // the statement for these values; a server-prepared generic plan was 3× slower on 100,000 reports
            StringBuilder filter = new StringBuilder("r.activity_date between date '").append(from(c, t)).append("' and date '").append(to).append("'");
            ActivityType type = t.kind == IndicatorKind.FRAME_ADOPTION ? ActivityType.FRAME_SWITCH : t.activityType;
            if (type != null) filter.append(" and r.type = '").append(type.name()).append("'");
            sql.append(", count(*) filter (where ").append(filter).append(") as reports_").append(i)
                    .append(", coalesce(sum(").append(participants(t.audience)).append(") filter (where ").append(filter).append("), 0) as people_").append(i)
                    .append(", max(r.activity_date) filter (where ").append(filter).append(") as last_").append(i);
        }
        sql.append(" from activity_report r where r.campaign_id = ").append((long) c.id).append(" and r.held_reason is null group by r.organization_id");
        Query q = em.createNativeQuery(sql.toString(), Tuple.class);
        Map<Long, Tuple> byUnit = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        rows.forEach(r -> byUnit.put(r.get("organization_id", Number.class).longValue(), r));
        for (int i = 0; i < targets.size(); i++) {
            CampaignTarget t = targets.get(i);
            Map<Long, Long> adoptions = adoptions(c, t, asOf);
            List<Figure> figures = new ArrayList<>();
            List<OrganizationType> scope = t.unitTypes();
            for (Unit u : units) {
                if (!scope.isEmpty() && !scope.contains(u.type())) continue;
                Tuple r = byUnit.get(u.id());
                long reports = r == null ? 0 : r.get("reports_" + i, Number.class).longValue();
                long people = r == null ? 0 : r.get("people_" + i, Number.class).longValue();
                LocalDate last = r == null ? null : vn.safeonline.common.SqlValues.localDate(r.get("last_" + i));
                figures.add(figure(t, u, reports, people, last, adoptions.getOrDefault(u.id(), 0L)));
            }
            out.put(t.id, figures);
        }
        return out;
    }


    /**
     * Avatars framed on the public page that count for a frame-adoption target, per unit: in the target's window (Vietnam days,
     * never outside the campaign), up to the end of asOf, and of the target's audience (an adoption whose person did not say
     * who they are counts only toward a target of everyone).
     */
    private Map<Long, Long> adoptions(Campaign c, CampaignTarget t, LocalDate asOf) {
        if (t.kind != IndicatorKind.FRAME_ADOPTION) return Map.of();
        LocalDate to = to(c, t);
        if (asOf != null && asOf.isBefore(to)) to = asOf;
        Query q = em.createNativeQuery("select organization_id, count(*) as adoptions from frame_adoption where campaign_id = ?1 and organization_id is not null"
                        + " and created_at >= ?2 and created_at < ?3" + (t.audience != null ? " and audience = ?4" : "") + " group by organization_id", Tuple.class)
                .setParameter(1, c.id).setParameter(2, clock.startOf(from(c, t))).setParameter(3, clock.startOf(to.plusDays(1)));
        if (t.audience != null) q.setParameter(4, t.audience.name());
        Map<Long, Long> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        rows.forEach(r -> out.put(r.get("organization_id", Number.class).longValue(), r.get("adoptions", Number.class).longValue()));
        return out;
    }

    private static Figure figure(CampaignTarget t, Unit u, long reports, long people, LocalDate last, long adopted) {
        long num;
        long den;
        if (t.kind == IndicatorKind.UNITS_WITH_ACTIVITY) {
            num = reports;
            den = t.minReports;
        } else {
            num = people + (t.kind == IndicatorKind.FRAME_ADOPTION ? adopted : 0);
            den = u.headcount(t.audience);
        }
        BigDecimal value = den == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(Math.min(num, den)).multiply(HUNDRED).divide(BigDecimal.valueOf(den), 1, RoundingMode.HALF_UP);
        boolean reached = den > 0 && (t.kind == IndicatorKind.UNITS_WITH_ACTIVITY ? num >= den : value.compareTo(t.goalPercent) >= 0);
        UnitStatus status = reached ? UnitStatus.REACHED : num == 0 ? UnitStatus.NOT_REPORTED : UnitStatus.NOT_REACHED;
        return new Figure(u, num, den, reports, last, value, status);
    }

    /**
     * The first day on which a target was reached, up to asOf; null when it is not reached by then. A target's value only grows
     * with time (reports are dated, adoptions stamped), so the day is found by halving the window: a few roll-ups, not one a day.
     */
    public LocalDate reachedOn(Campaign c, CampaignTarget t, List<Unit> units, LocalDate asOf) {
        LocalDate lo = from(c, t);
        LocalDate hi = asOf.isBefore(to(c, t)) ? asOf : to(c, t);
        if (hi.isBefore(lo) || !reachedAt(c, t, units, hi)) return null;
        while (lo.isBefore(hi)) {
            LocalDate mid = lo.plusDays(java.time.temporal.ChronoUnit.DAYS.between(lo, hi) / 2);
            if (reachedAt(c, t, units, mid)) hi = mid;
            else lo = mid.plusDays(1);
        }
        return lo;
    }

    private boolean reachedAt(Campaign c, CampaignTarget t, List<Unit> units, LocalDate day) {
        return indicator(t, fromReports(c, List.of(t), units, day).get(t.id)).reached();
    }

    /** A target's overall value over its units: the share of units reached, or of people over the headcount. */
    public static Indicator indicator(CampaignTarget t, List<Figure> figures) {
        int reached = 0;
        int notReported = 0;
        long num = 0;
        long den = 0;
        for (Figure f : figures) {
            if (f.status() == UnitStatus.REACHED) reached++;
            if (f.status() == UnitStatus.NOT_REPORTED) notReported++;
            num += Math.min(f.numerator(), f.denominator());
            den += f.denominator();
        }
        if (t.kind == IndicatorKind.UNITS_WITH_ACTIVITY) {
            num = reached;
            den = figures.size();
        }
        BigDecimal value = den == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(num).multiply(HUNDRED).divide(BigDecimal.valueOf(den), 1, RoundingMode.HALF_UP);
        return new Indicator(t.id, t.name, t.taskId, t.kind, t.goalPercent, value, num, den, figures.size(), reached, notReported,
                value.compareTo(t.goalPercent) >= 0 && den > 0);
    }

    public static UnitFigure view(Figure f) {
        return new UnitFigure(f.unit().ref(), f.value(), f.numerator(), f.denominator(), f.status(), f.reports(), f.last());
    }
}
