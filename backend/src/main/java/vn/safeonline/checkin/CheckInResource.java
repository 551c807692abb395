package vn.safeonline.checkin;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.attendee.Attendee;
import vn.safeonline.attendee.AttendeeStatus;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.ProblemType;
import vn.safeonline.event.Event;
import vn.safeonline.event.EventService;
import vn.safeonline.event.Venue;
import vn.safeonline.plan.PlanAccess;

@Path("/api/events/{eventId}/check-ins")
@Tag(name = "Check-in", description = "Điểm danh: delegates at the door, by QR invitation or by name")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CheckInResource {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Schema(name = "CheckInRequest", description = "The invitation token from the QR code, or the attendee found by name")
    public record CheckInRequest(@Size(max = 64) String token, Long attendeeId,
                                 @Schema(description = "the door's venue; default the attendee's") Long venueId) {
    }

    public enum Outcome { CHECKED_IN, ALREADY_CHECKED_IN }

    @Schema(name = "CheckInResult")
    public record CheckInResult(@Schema(required = true) Outcome outcome, @Schema(required = true) long attendeeId,
                                @Schema(required = true) String fullName, String position,
                                @Schema(required = true) String organization, @Schema(required = true) String category,
                                String venueName, @Schema(required = true) OffsetDateTime checkedInAt,
                                @Schema(required = true, examples = "Đã điểm danh lúc 07:52") String message) {
    }

    @Schema(name = "VenueCount")
    public record VenueCount(Long venueId, @Schema(required = true) String venueName, @Schema(required = true) long expected,
                             @Schema(required = true) long checkedIn) {
    }

    @Schema(name = "CheckInCounts")
    public record Counts(@Schema(required = true) long eventId, @Schema(required = true) long expected,
                         @Schema(required = true) long checkedIn, @Schema(required = true) List<VenueCount> venues) {
    }

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

    private Event doorEvent(long eventId) {
        Event e = events.find(eventId);
        if (!planAccess.seesAllProgress(e.plan)) throw ApiException.forbidden("Chỉ cán bộ của cơ quan tổ chức điểm danh");
        return e;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    // no JTA transaction: the change is one statement, which commits on its own (autocommit)
    @Operation(operationId = "checkIn", summary = "Check a delegate in; a repeat says when, and records nothing",
            description = "201 with outcome CHECKED_IN the first time; 200 with ALREADY_CHECKED_IN after. "
                    + "An invitation of another event, or of a cancelled, declined or replaced delegate, is refused (409 not-admissible).")
    @APIResponse(responseCode = "201", description = "Checked in", content = @Content(schema = @Schema(implementation = CheckInResult.class)))
    @APIResponse(responseCode = "200", description = "Already checked in", content = @Content(schema = @Schema(implementation = CheckInResult.class)))
    public Response checkIn(@PathParam("eventId") long eventId, @Valid @NotNull CheckInRequest request) {
        if ((request.token() == null) == (request.attendeeId() == null)) {
            throw ApiException.field("token", "OneOf", "Gửi mã thư mời (token) hoặc mã đại biểu (attendeeId), một trong hai");
        }
        Long venueId = request.venueId();
        if (venueId != null && ((Number) em.createNativeQuery("select count(*) from venue where id = ?1 and event_id = ?2")
                .setParameter(1, venueId).setParameter(2, eventId).getSingleResult()).intValue() == 0) {
            throw ApiException.unprocessable("venueId", "UnknownVenue", "Địa điểm không thuộc sự kiện này");
        }
        // the door's hot path, on a plain connection (no ORM session): check the caller's grant, find, admit and record in one
        // statement, which commits on its own; the unique constraint decides a race
        var org = me.org();
        List<Object[]> rows = admit(request.token() != null ? "a.invitation_token = p.token" : "a.id = p.attendee_id",
                request.token() != null ? request.token().trim() : null, request.attendeeId(), venueId, me.user().id,
                request.token() != null ? "QR" : "SEARCH", eventId, me.tenant(), me.isAdmin(), org.id, org.subtreePrefix() + "%");
        if (rows.isEmpty()) {
            doorEvent(eventId); // no grant: answers 404 or 403 with the reason
            if (request.token() != null) throw new ApiException(ProblemType.NOT_FOUND, "Mã thư mời không hợp lệ");
            throw ApiException.notFound("Đại biểu", request.attendeeId());
        }
        Object[] r = rows.get(0);
        long attendeeId = ((Number) r[0]).longValue();
        if (((Number) r[1]).longValue() != eventId) {
            if (request.attendeeId() != null) throw ApiException.notFound("Đại biểu", request.attendeeId());
            throw new ApiException(ProblemType.NOT_ADMISSIBLE, "Thư mời này thuộc sự kiện khác");
        }
        AttendeeStatus status = AttendeeStatus.valueOf((String) r[2]);
        if (!status.active()) {
            throw new ApiException(ProblemType.NOT_ADMISSIBLE, r[3] + ": " + switch (status) {
                case CANCELLED -> "đã bị hủy khỏi danh sách";
                case DECLINED -> "đã báo không tham dự";
                case REPLACED -> "đã được thay bằng người khác";
                default -> status.name();
            });
        }
        boolean first = r[7] != null;
        Object[] at = first ? new Object[]{r[7], r[8]} : (Object[]) em.createNativeQuery(
                        "select c.checked_in_at, v.name from check_in c left join venue v on v.id = c.venue_id where c.attendee_id = ?1")
                .setParameter(1, attendeeId).getSingleResult();
        OffsetDateTime when = vn.safeonline.common.SqlValues.offsetDateTime(at[0]);
        String message = (first ? "Điểm danh thành công lúc " : "Đã điểm danh lúc ") + HOUR.format(when);
        CheckInResult result = new CheckInResult(first ? Outcome.CHECKED_IN : Outcome.ALREADY_CHECKED_IN, attendeeId, (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) at[1], when, message);
        return Response.status(first ? 201 : 200).entity(result).build();
    }

    /** The caller works for the issuer or the standing agency of the event's plan (or administers the deployment). */
    private static final String DOOR_GRANT = "select 1 from p, event e join plan pl on pl.id = e.plan_id"
            + " join organization io on io.id = pl.issuing_org_id left join organization so on so.id = pl.standing_org_id"
            + " where e.id = p.event_id and pl.tenant_id = p.tenant_id"
            + " and (p.admin or io.id = p.org_id or io.path like p.prefix or so.id = p.org_id or so.path like p.prefix)";

    private List<Object[]> admit(String key, String token, Long attendeeId, Long venueId, long userId, String method, long eventId,
                                 long tenant, boolean admin, long orgId, String prefix) {
        String sql = "with p as (select ?::varchar as token, ?::bigint as attendee_id, ?::bigint as venue_id, ?::bigint as user_id,"
                + "  ?::varchar as method, ?::bigint as event_id, ?::bigint as tenant_id, ?::boolean as admin, ?::bigint as org_id, ?::varchar as prefix),"
                + " g as (" + DOOR_GRANT + "),"
                + " a as ("
                + "  select a.id, a.event_id, a.status, a.full_name, a.position, a.venue_id, o.name as org, c.name as cat"
                + "  from p, attendee a join quota q on q.id = a.quota_id join organization o on o.id = q.owner_org_id"
                + "  join invitee_category c on c.id = q.category_id where " + key + " and exists (select 1 from g)),"
                + " ins as (insert into check_in (id, attendee_id, event_id, venue_id, checked_in_at, checked_in_by, method)"
                + "  select nextval('check_in_seq'), a.id, a.event_id, coalesce(p.venue_id, a.venue_id), now(), p.user_id, p.method from a, p"
                + "  where a.event_id = p.event_id and a.status in ('SUBMITTED', 'CONFIRMED')"
                + "  on conflict (attendee_id) do nothing returning attendee_id, checked_in_at, venue_id)"
                + " select a.id, a.event_id, a.status, a.full_name, a.position, a.org, a.cat, ins.checked_in_at,"
                + "  (select v.name from venue v where v.id = coalesce(ins.venue_id, a.venue_id))"
                + " from a left join ins on ins.attendee_id = a.id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
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
            List<Object[]> rows = new ArrayList<>(1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getString(9)});
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("check-in failed", e);
        }
    }

    @GET
    @Path("counts")
    @Operation(operationId = "getCheckInCounts", summary = "Live counters: delegates expected and checked in, per venue and in total")
    public Counts counts(@PathParam("eventId") long eventId) {
        Event e = doorEvent(eventId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select v.id, v.name,"
                        + " (select count(*) from attendee a where a.event_id = ?1 and a.venue_id = v.id and a.status in ('SUBMITTED','CONFIRMED')),"
                        + " (select count(*) from check_in c where c.event_id = ?1 and c.venue_id = v.id)"
                        + " from venue v where v.event_id = ?1 order by v.position")
                .setParameter(1, e.id).getResultList();
        List<VenueCount> venues = new ArrayList<>();
        long expected = 0;
        long checkedIn = 0;
        for (Object[] r : rows) {
            VenueCount c = new VenueCount(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
            venues.add(c);
        }
        Object[] all = (Object[]) em.createNativeQuery("select (select count(*) from attendee a where a.event_id = ?1 and a.status in ('SUBMITTED','CONFIRMED')),"
                + " (select count(*) from check_in c where c.event_id = ?1)").setParameter(1, e.id).getSingleResult();
        expected = ((Number) all[0]).longValue();
        checkedIn = ((Number) all[1]).longValue();
        return new Counts(e.id, expected, checkedIn, venues);
    }
}
