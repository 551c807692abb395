package vn.safeonline.checkin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.safeonline.attendee.AttendeeStatus;
import vn.safeonline.attendee.ShortCode;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.checkin.CheckInResource.CheckInRequest;
import vn.safeonline.checkin.CheckInResource.CheckInResult;
import vn.safeonline.checkin.CheckInResource.Counts;
import vn.safeonline.checkin.CheckInResource.Outcome;
import vn.safeonline.checkin.CheckInResource.VenueCount;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.SqlValues;
import vn.safeonline.checkin.CheckInResource.CheckInView;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Function;
import vn.safeonline.event.Event;
import vn.safeonline.event.EventService;
import vn.safeonline.plan.PlanAccess;

/**
 * The door: who may admit, admitting once, where the person came in, and the per-venue figures (counters and the
 * reconciliation) from one definition over the same rows as the lists.
 */
@RequestScoped
public class CheckInService {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(BusinessClock.ZONE);

    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;
    @Inject
    EventService events;
    @Inject
    PlanAccess planAccess;
    @Inject
    CurrentUser me;
    @Inject
    EntityManager em;
    @Inject
    javax.sql.DataSource dataSource;
    /** The door's own pool (application.properties: a bulkhead of DOOR_POOL_MAX connections for the check-in's statement). */
    @Inject
    @io.quarkus.agroal.DataSource("door")
    javax.sql.DataSource doorPool;
    @Inject
    Idempotency idempotency;

    /** One row of the door's statement: the attendee found, and the check-in it made (null when one existed). */
    record Admission(long attendeeId, long eventId, AttendeeStatus status, String fullName, String position, String organization,
                     String category, Long seatVenueId, String seatVenueName, OffsetDateTime checkedInAt, String doorVenueName) {
    }

    /** One venue's row of the reconciliation, computed in one statement from attendees and their check-ins. */
    public record VenueFigures(long venueId, String venueName, Integer capacity, long expected, long arrived, long arrivedElsewhere,
                               long cameInFromElsewhere) {
        public long absent() {
            return expected - arrived;
        }
    }

    public Event doorEvent(long eventId) {
        Event e = events.find(eventId);
        if (!planAccess.seesAllProgress(e.plan)) throw ApiException.forbidden("Chỉ cán bộ của cơ quan tổ chức điểm danh");
        return e;
    }

    /** A venue named by a door must be one of the event's (422 otherwise): the online door and a synced batch alike. */
    void requireVenue(long eventId, Long venueId) {
        if (venueId != null && ((Number) em.createNativeQuery("select count(*) from venue where id = ?1 and event_id = ?2")
                .setParameter(1, venueId).setParameter(2, eventId).getSingleResult()).intValue() == 0) {
            throw ApiException.unprocessable("venueId", "UnknownVenue", "Địa điểm không thuộc sự kiện này");
        }
    }

    /** Why a delegate no longer in the list is not let in: what the door says, online or after a sync. */
    static String refusal(String fullName, AttendeeStatus status) {
        return fullName + ": " + switch (status) {
            case CANCELLED -> "đã bị hủy khỏi danh sách";
            case DECLINED -> "đã báo không tham dự";
            case REPLACED -> "đã được thay bằng người khác";
            default -> status.name();
        };
    }

    /** Who a door is: the person, the venue and the device's label. The same door scanning twice is not a conflict. */
    public String door(Long venueId, String label) {
        return me.user().id + "|" + (venueId == null ? "" : venueId) + "|" + (label == null ? "" : label);
    }

    /** For Prometheus: one delegate admitted at this event through this venue's door (the online door and the offline sync both count here). */
    public void countAdmission(long eventId, Long venueId, String method) {
        registry.counter("safeonline.check.ins", "event", String.valueOf(eventId), "venue", venueId == null ? "none" : String.valueOf(venueId),
                "method", method).increment();
    }

    public CheckInResult checkIn(long eventId, CheckInRequest request) {
        int given = (request.token() != null ? 1 : 0) + (request.code() != null ? 1 : 0) + (request.attendeeId() != null ? 1 : 0);
        if (given != 1) {
            throw ApiException.field("token", "OneOf", "Gửi một trong: mã QR (token), mã ngắn in trên thẻ (code) hoặc mã đại biểu (attendeeId)");
        }
        if (request.code() != null) ShortCode.problem(request.code()).ifPresent(p -> {
            throw ApiException.field("code", "ShortCode", p);
        });
        Long venueId = request.venueId();
        requireVenue(eventId, venueId);
        // the door's hot path, on a plain connection (no ORM session): check the caller's grant, find, admit and record in one
        // statement, which commits on its own; the unique constraint decides a race
        var org = me.org();
        String key = request.token() != null ? "a.invitation_token = p.token"
                : request.code() != null ? "a.event_id = p.event_id and a.short_code = p.token" : "a.id = p.attendee_id";
        String value = request.token() != null ? request.token().trim() : request.code() != null ? ShortCode.normalise(request.code()) : null;
        String method = request.token() != null ? "QR" : request.code() != null ? "CODE" : "SEARCH";
        List<Admission> rows = admit(key, value, request.attendeeId(), venueId, me.user().id, method, eventId, me.tenant(), me.isAdmin(),
                org.id, org.subtreePrefix() + "%", door(venueId, null));
        if (rows.isEmpty()) {
            doorEvent(eventId); // no grant: answers 404 or 403 with the reason
            if (request.token() != null) throw new ApiException(ProblemType.NOT_FOUND, "Mã thư mời không hợp lệ");
            if (request.code() != null) throw new ApiException(ProblemType.NOT_FOUND, "Không có thư mời mang mã " + ShortCode.format(value) + " trong sự kiện này");
            throw ApiException.notFound("Đại biểu", request.attendeeId());
        }
        Admission r = rows.get(0);
        if (r.eventId() != eventId) {
            if (request.attendeeId() != null) throw ApiException.notFound("Đại biểu", request.attendeeId());
            throw new ApiException(ProblemType.NOT_ADMISSIBLE, "Thư mời này thuộc sự kiện khác");
        }
        if (!r.status().active()) {
            throw new ApiException(ProblemType.NOT_ADMISSIBLE, refusal(r.fullName(), r.status()));
        }
        boolean first = r.checkedInAt() != null;
        if (first) countAdmission(eventId, venueId, method);
        OffsetDateTime when = r.checkedInAt();
        String cameIn = r.doorVenueName();
        if (!first) {
            Tuple at = (Tuple) em.createNativeQuery("select c.checked_in_at as at, v.name as venue from check_in c"
                    + " left join venue v on v.id = c.venue_id where c.attendee_id = ?1", Tuple.class).setParameter(1, r.attendeeId()).getSingleResult();
            when = vn.safeonline.common.SqlValues.offsetDateTime(at.get("at"));
            cameIn = at.get("venue", String.class);
        }
        String message = (first ? "Điểm danh thành công lúc " : "Đã điểm danh lúc ") + HOUR.format(when) + (first || cameIn == null ? "" : " tại " + cameIn);
        String warning = venueId != null && r.seatVenueId() != null && !venueId.equals(r.seatVenueId())
                ? "Đại biểu ngồi tại " + (r.seatVenueName() == null ? "địa điểm khác" : r.seatVenueName()) : null;
        return new CheckInResult(first ? Outcome.CHECKED_IN : Outcome.ALREADY_CHECKED_IN, r.attendeeId(), r.fullName(), r.position(),
                r.organization(), r.category(), cameIn, when, message, r.seatVenueName(), warning);
    }

    /** The caller works for the issuer or the standing agency of the event's plan (or administers the deployment): SQL plan_managed_by. */
    private static final String DOOR_GRANT = "select 1 from p, event e where e.id = p.event_id"
            + " and plan_managed_by(e.plan_id, p.tenant_id, p.org_id, p.prefix, p.admin)";

    private List<Admission> admit(String key, String token, Long attendeeId, Long venueId, long userId, String method, long eventId,
                                 long tenant, boolean admin, long orgId, String prefix, String door) {
        String sql = "with p as (select ?::varchar as token, ?::bigint as attendee_id, ?::bigint as venue_id, ?::bigint as user_id,"
                + "  ?::varchar as method, ?::bigint as event_id, ?::bigint as tenant_id, ?::boolean as admin, ?::bigint as org_id, ?::varchar as prefix,"
                + "  ?::varchar as door),"
                + " g as (" + DOOR_GRANT + "),"
                + " a as ("
                + "  select a.id, a.event_id, a.status, a.full_name, a.position, a.venue_id, o.name as org, c.name as cat,"
                + "   (select sv.name from venue sv where sv.id = a.venue_id) as seat"
                + "  from p, attendee a join quota q on q.id = a.quota_id join organization o on o.id = q.owner_org_id"
                + "  join invitee_category c on c.id = q.category_id where " + key + " and exists (select 1 from g)),"
                + " ins as (insert into check_in (id, attendee_id, event_id, venue_id, checked_in_at, checked_in_by, method, door)"
                + "  select nextval('check_in_seq'), a.id, a.event_id, coalesce(p.venue_id, a.venue_id), now(), p.user_id, p.method, p.door from a, p"
                + "  where a.event_id = p.event_id and a.status in ('SUBMITTED', 'CONFIRMED')"
                + "  on conflict (attendee_id) do nothing returning attendee_id, checked_in_at, venue_id),"
                // the event for listening systems, in the same statement: it exists if and only if the check-in does (common/DomainEvents)
                + " ev as (insert into event_outbox (id, tenant_id, type, entity_type, entity_id, link, organizations, occurred_at)"
                + "  select nextval('event_outbox_seq'), p.tenant_id, '" + vn.safeonline.common.DomainEvents.CHECKIN_RECORDED + "', 'attendee', ins.attendee_id,"
                + "   '/api/attendees/' || ins.attendee_id, array[q.owner_org_id, q.receiving_org_id], ins.checked_in_at"
                + "  from ins, p, attendee ea join quota q on q.id = ea.quota_id where ea.id = ins.attendee_id)"
                + " select a.id, a.event_id, a.status, a.full_name, a.position, a.org, a.cat, ins.checked_in_at,"
                + "  (select v.name from venue v where v.id = ins.venue_id), a.venue_id, a.seat"
                + " from a left join ins on ins.attendee_id = a.id";
        // inside a transaction (an Idempotency-Key: the check-in and its stored answer commit together) the transaction's own
        // connection; otherwise a connection of the door's pool, where the statement commits on its own
        javax.sql.DataSource pool = io.quarkus.narayana.jta.QuarkusTransaction.isActive() ? dataSource : doorPool;
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, token);
            ps.setObject(2, attendeeId, Types.BIGINT);
            ps.setObject(3, venueId, Types.BIGINT);
            ps.setLong(4, userId);
            ps.setString(5, method);
            ps.setLong(6, eventId);
            ps.setLong(7, tenant);
            ps.setBoolean(8, admin);
            ps.setLong(9, orgId);
            ps.setString(10, prefix);
            ps.setString(11, door);
            List<Admission> rows = new ArrayList<>(1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seat = rs.getLong(10);
                    Long seatId = rs.wasNull() ? null : seat;
                    rows.add(new Admission(rs.getLong(1), rs.getLong(2), AttendeeStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), seatId, rs.getString(11), rs.getObject(8, OffsetDateTime.class), rs.getString(9)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("check-in failed", e);
        }
    }

    /**
     * Per venue, from the attendees seated there and their check-ins: expected (active, seated here), arrived (of them, checked
     * in at any door), arrived elsewhere (of them, at another venue's door), and people seated elsewhere who came in here.
     * The counters, the reconciliation (JSON and XLSX) and a venue's list filtered by check-in all read these rows.
     */
    public List<VenueFigures> venueFigures(long eventId) {
        List<Tuple> rows = em.createNativeQuery("select v.id as id, v.name as name, v.capacity as capacity,"
                        + " count(a.id) as expected, count(c.attendee_id) as arrived,"
                        + " count(c.attendee_id) filter (where c.venue_id is distinct from a.venue_id) as elsewhere,"
                        + " (select count(*) from check_in x join attendee xa on xa.id = x.attendee_id where x.event_id = v.event_id"
                        + "   and x.venue_id = v.id and xa.venue_id is distinct from v.id) as came_in"
                        + " from venue v left join attendee a on a.venue_id = v.id and a.event_id = v.event_id and a.status in ('SUBMITTED', 'CONFIRMED')"
                        + " left join check_in c on c.attendee_id = a.id"
                        + " where v.event_id = ?1 group by v.id order by v.position, v.id", Tuple.class)
                .setParameter(1, eventId).getResultList();
        return rows.stream().map(r -> new VenueFigures(r.get("id", Number.class).longValue(), r.get("name", String.class),
                r.get("capacity", Integer.class), r.get("expected", Number.class).longValue(), r.get("arrived", Number.class).longValue(),
                r.get("elsewhere", Number.class).longValue(), r.get("came_in", Number.class).longValue())).toList();
    }

    /** Admits as {@link #checkIn} does, in a transaction that claims the Idempotency-Key: a replay gets the first answer. */
    @Transactional
    public Response checkInOnce(long eventId, String key, CheckInRequest request, Function<CheckInResult, Response> answer) {
        return idempotency.once(key, Map.of("event", eventId, "checkIn", request), () -> answer.apply(checkIn(eventId, request)));
    }

    /** The event's check-ins for those who may see the door (as the counters), optionally only those changed since an instant. */
    public PageResponse<CheckInView> list(long eventId, OffsetDateTime updatedSince, PageParams page) {
        Event e = doorEvent(eventId);
        String where = " from check_in c where c.event_id = :e" + (updatedSince == null ? "" : " and c.updated_at >= :since");
        var count = em.createNativeQuery("select count(*)" + where).setParameter("e", e.id);
        var rows = em.createNativeQuery("select c.id, c.attendee_id, c.event_id, c.venue_id, c.checked_in_at, c.method, c.updated_at" + where
                + (updatedSince == null ? " order by c.checked_in_at, c.id" : " order by c.updated_at, c.id"), Tuple.class).setParameter("e", e.id);
        if (updatedSince != null) {
            count.setParameter("since", updatedSince);
            rows.setParameter("since", updatedSince);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> found = rows.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        List<CheckInView> items = found.stream().map(t -> {
            Number venue = t.get(3, Number.class);
            return new CheckInView(t.get(0, Number.class).longValue(), t.get(1, Number.class).longValue(), t.get(2, Number.class).longValue(),
                    venue == null ? null : venue.longValue(), SqlValues.offsetDateTime(t.get(4)), t.get(5, String.class), SqlValues.offsetDateTime(t.get(6)));
        }).toList();
        return new PageResponse<>(items, page.page, page.size, total);
    }

    public Counts counts(long eventId) {
        return figures(doorEvent(eventId).id);
    }

    /** The counters of an event, for whoever already passed the door's rule (the live stream computes them once for all). */
    public Counts figures(long eventId) {
        List<VenueCount> venues = new ArrayList<>();
        long expected = 0;
        long arrived = 0;
        for (VenueFigures f : venueFigures(eventId)) {
            venues.add(new VenueCount(f.venueId(), f.venueName(), f.capacity(), f.expected(), f.arrived(), f.arrivedElsewhere(), f.absent(),
                    f.cameInFromElsewhere()));
            expected += f.expected();
            arrived += f.arrived();
        }
        // delegates with no venue (an event without venues) still count in the totals
        Tuple unseated = (Tuple) em.createNativeQuery("select count(a.id) as expected, count(c.attendee_id) as arrived from attendee a"
                + " left join check_in c on c.attendee_id = a.id where a.event_id = ?1 and a.venue_id is null"
                + " and a.status in ('SUBMITTED', 'CONFIRMED')", Tuple.class).setParameter(1, eventId).getSingleResult();
        return new Counts(eventId, expected + unseated.get("expected", Number.class).longValue(),
                arrived + unseated.get("arrived", Number.class).longValue(), venues);
    }

    /** What changes the counters: the event's check-ins and its delegates (a cancellation lowers "expected"). */
    public String countersSignature(long eventId) {
        return String.valueOf(em.createNativeQuery("select (select count(*) || '/' || coalesce(max(updated_at)::text, '') from check_in where event_id = ?1)"
                + " || '|' || (select count(*) || '/' || coalesce(max(updated_at)::text, '') from attendee where event_id = ?1)")
                .setParameter(1, eventId).getSingleResult());
    }
}
