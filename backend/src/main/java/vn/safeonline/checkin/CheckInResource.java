package vn.safeonline.checkin;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
import vn.safeonline.auth.Role;
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

    /** Everything the door shows, in one query. */
    private static final String DOOR_LOOKUP = "from Attendee a join fetch a.quota q join fetch q.owner join fetch q.category"
            + " left join fetch a.venue where ";

    @Inject
    EventService events;
    @Inject
    PlanAccess planAccess;
    @Inject
    CurrentUser me;
    @Inject
    EntityManager em;

    private Event doorEvent(long eventId) {
        Event e = events.find(eventId);
        if (!planAccess.seesAllProgress(e.plan)) throw ApiException.forbidden("Chỉ cán bộ của cơ quan tổ chức điểm danh");
        return e;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "checkIn", summary = "Check a delegate in; a repeat says when, and records nothing",
            description = "201 with outcome CHECKED_IN the first time; 200 with ALREADY_CHECKED_IN after. "
                    + "An invitation of another event, or of a cancelled, declined or replaced delegate, is refused (409 not-admissible).")
    @APIResponse(responseCode = "201", description = "Checked in", content = @Content(schema = @Schema(implementation = CheckInResult.class)))
    @APIResponse(responseCode = "200", description = "Already checked in", content = @Content(schema = @Schema(implementation = CheckInResult.class)))
    public Response checkIn(@PathParam("eventId") long eventId, @Valid @NotNull CheckInRequest request) {
        Event e = doorEvent(eventId);
        if ((request.token() == null) == (request.attendeeId() == null)) {
            throw ApiException.field("token", "OneOf", "Gửi mã thư mời (token) hoặc mã đại biểu (attendeeId), một trong hai");
        }
        Attendee a = request.token() != null
                ? Attendee.<Attendee>find(DOOR_LOOKUP + "a.invitationToken = ?1", request.token().trim()).firstResultOptional()
                        .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "Mã thư mời không hợp lệ"))
                : Attendee.<Attendee>find(DOOR_LOOKUP + "a.id = ?1", request.attendeeId()).firstResultOptional()
                        .orElseThrow(() -> ApiException.notFound("Đại biểu", request.attendeeId()));
        if (!a.quota.event.id.equals(e.id)) {
            if (request.attendeeId() != null) throw ApiException.notFound("Đại biểu", request.attendeeId());
            throw new ApiException(ProblemType.NOT_ADMISSIBLE, "Thư mời này thuộc sự kiện khác");
        }
        if (!a.status.active()) {
            throw new ApiException(ProblemType.NOT_ADMISSIBLE, a.fullName + ": " + switch (a.status) {
                case CANCELLED -> "đã bị hủy khỏi danh sách";
                case DECLINED -> "đã báo không tham dự";
                case REPLACED -> "đã được thay bằng người khác";
                default -> a.status.name();
            });
        }
        Venue venue = a.venue;
        if (request.venueId() != null) {
            venue = Venue.<Venue>find("id = ?1 and event = ?2", request.venueId(), e).firstResultOptional()
                    .orElseThrow(() -> ApiException.unprocessable("venueId", "UnknownVenue", "Địa điểm không thuộc sự kiện này"));
        }
        @SuppressWarnings("unchecked")
        List<Object> inserted = em.createNativeQuery("insert into check_in (id, attendee_id, event_id, venue_id, checked_in_at, checked_in_by, method)"
                        + " values (nextval('check_in_seq'), ?1, ?2, ?3, now(), ?4, ?5) on conflict (attendee_id) do nothing returning checked_in_at")
                .setParameter(1, a.id).setParameter(2, e.id).setParameter(3, venue == null ? null : venue.id)
                .setParameter(4, me.user().id).setParameter(5, request.token() != null ? "QR" : "SEARCH").getResultList();
        boolean first = !inserted.isEmpty();
        Object[] row = (Object[]) em.createNativeQuery("select c.checked_in_at, v.name from check_in c left join venue v on v.id = c.venue_id where c.attendee_id = ?1")
                .setParameter(1, a.id).getSingleResult();
        OffsetDateTime at = toOffset(row[0]);
        String message = (first ? "Điểm danh thành công lúc " : "Đã điểm danh lúc ") + HOUR.format(at);
        CheckInResult result = new CheckInResult(first ? Outcome.CHECKED_IN : Outcome.ALREADY_CHECKED_IN, a.id, a.fullName, a.position,
                a.quota.owner.name, a.quota.category.name, (String) row[1], at, message);
        return Response.status(first ? 201 : 200).entity(result).build();
    }

    private static OffsetDateTime toOffset(Object v) {
        if (v instanceof OffsetDateTime o) return o;
        if (v instanceof java.time.Instant i) return i.atOffset(java.time.ZoneOffset.UTC);
        if (v instanceof java.sql.Timestamp t) return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        throw new IllegalStateException("unexpected timestamp " + v);
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
