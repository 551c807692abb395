package vn.safeonline.checkin;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Params;
import vn.safeonline.common.Role;
import vn.safeonline.common.Scopes;

@Path("/api/events/{eventId}/check-ins")
@Tag(name = "Check-in", description = "Điểm danh: delegates at the door, by QR invitation or by name")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CheckInResource {
    @Schema(name = "CheckInRequest", description = "One of: the invitation token from the QR code, the short code printed under it, or the attendee found by name")
    public record CheckInRequest(@Schema(description = "the QR's content", examples = "q3v9Zk1xN0bE7pWc2Rj5Ls8Tf4Hy6UaD", maxLength = 64) @Size(max = 64) String token,
                                 @Schema(description = "the delegate found by name", examples = "1042") Long attendeeId,
                                 @Schema(description = "the door's venue; default the attendee's", examples = "3") Long venueId,
                                 @Schema(description = "the short code printed under the QR, as typed (case, spaces and hyphens do not matter); "
                                         + "a code whose check symbol is wrong is refused (400, field code) before any lookup",
                                         examples = "K7M-4QX-9TV", maxLength = 20) @Size(max = 20) String code) {
    }

    public enum Outcome { CHECKED_IN, ALREADY_CHECKED_IN }

    @Schema(name = "CheckInResult")
    public record CheckInResult(@Schema(required = true) Outcome outcome, @Schema(examples = "5301", required = true) long attendeeId,
                                @Schema(examples = "Nguyễn Thị Lan", required = true) String fullName, @Schema(examples = "Phó Giám đốc") String position,
                                @Schema(examples = "Sở Giáo dục và Đào tạo", required = true) String organization, @Schema(examples = "Học sinh", required = true) String category,
                                @Schema(examples = "Hội trường UBND thành phố", description = "where the delegate came in") String venueName,
                                @Schema(required = true) OffsetDateTime checkedInAt,
                                @Schema(required = true, examples = "Đã điểm danh lúc 07:52") String message,
                                @Schema(examples = "Hội trường UBND thành phố", description = "the venue the delegate is seated at") String seatVenueName,
                                @Schema(description = "the delegate is seated at another venue than this door's: admitted, and the door is told",
                                        examples = "Đại biểu ngồi tại điểm cầu Công an phường Ninh Kiều") String warning) {
    }

    @Schema(name = "VenueCount", description = "one venue's delegates, from the same rows as its list: seated here (expected), of them "
            + "checked in anywhere (checkedIn = arrived), those who came in at another venue, those absent, and people seated elsewhere "
            + "who came in at this door")
    public record VenueCount(@Schema(examples = "8") Long venueId, @Schema(examples = "Hội trường UBND thành phố", required = true) String venueName, @Schema(examples = "500") Integer capacity,
                             @Schema(examples = "500", required = true) long expected, @Schema(examples = "412", required = true) long checkedIn,
                             @Schema(examples = "3", required = true) long arrivedElsewhere, @Schema(examples = "12", required = true) long absent,
                             @Schema(examples = "2", required = true) long cameInFromElsewhere) {
    }

    @Schema(name = "CheckIn", description = "one delegate's check-in: who (the attendee), where and when, and how (QR or SEARCH)")
    public record CheckInView(@Schema(examples = "42", required = true) long id, @Schema(examples = "5301", required = true) long attendeeId, @Schema(examples = "7", required = true) long eventId,
                              @Schema(examples = "8") Long venueId, @Schema(required = true) OffsetDateTime checkedInAt,
                              @Schema(required = true, examples = "QR", maxLength = 16) String method,
                              @Schema(required = true, description = "when the row last changed (the cursor for updatedSince)") OffsetDateTime updatedAt) {
    }

    @Schema(name = "CheckInCounts")
    public record Counts(@Schema(examples = "7", required = true) long eventId, @Schema(examples = "500", required = true) long expected,
                         @Schema(examples = "412", required = true) long checkedIn, @Schema(required = true) List<VenueCount> venues) {
    }

    @Inject
    CheckInService service;
    @Inject
    DoorService door;
    @Inject
    CheckInStream stream;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    // no JTA transaction: the change is one statement, which commits on its own (autocommit)
    @Extension(name = Scopes.EXTENSION, value = Scopes.CHECKIN_WRITE)
    @Operation(operationId = "checkIn", summary = "Check a delegate in; a repeat says when, and records nothing",
            description = "201 with outcome CHECKED_IN the first time; 200 with ALREADY_CHECKED_IN after. "
                    + "An invitation of another event, or of a cancelled, declined or replaced delegate, is refused (409 not-admissible). "
                    + "A delegate seated at another venue than the door's (venueId) is admitted where they came in, with a warning.")
    @APIResponse(responseCode = "201", description = "Checked in", content = @Content(schema = @Schema(implementation = CheckInResult.class)))
    @APIResponse(responseCode = "200", description = "Already checked in", content = @Content(schema = @Schema(implementation = CheckInResult.class)))
    public Response checkIn(@Parameter(example = "7") @PathParam("eventId") long eventId,
                            @HeaderParam(Idempotency.HEADER) @Parameter(description = "unique per check-in you mean once; a replay gets the first answer",
                                    example = "door-1-2026-05-27-0042", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String key,
                            @Valid @NotNull CheckInRequest request) {
        if (key != null) return service.checkInOnce(eventId, key, request, CheckInResource::answer);
        return answer(service.checkIn(eventId, request));
    }

    private static Response answer(CheckInResult result) {
        return Response.status(result.outcome() == Outcome.CHECKED_IN ? 201 : 200).entity(result).build();
    }

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.CHECKIN_WRITE)
    @Operation(operationId = "listCheckIns", summary = "The event's check-ins, for the organisers' systems to sync",
            description = "Open to those who may see the door's counters. With updatedSince, only the check-ins recorded or changed since, "
                    + "oldest change first; otherwise in the order they happened.")
    public PageResponse<CheckInView> list(@Parameter(example = "7") @PathParam("eventId") long eventId,
                                          @QueryParam(Params.UPDATED_SINCE) @Parameter(example = "2026-05-29T08:00:00+07:00", description = Params.UPDATED_SINCE_DOC,
                                                  schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40)) String updatedSince,
                                          @Valid @BeanParam PageParams page) {
        return service.list(eventId, Params.instant(updatedSince, Params.UPDATED_SINCE), page);
    }

    @GET
    @Path("counts")
    @Extension(name = Scopes.EXTENSION, value = Scopes.CHECKIN_WRITE)
    @Operation(operationId = "getCheckInCounts", summary = "Live counters: delegates expected and checked in, per venue and in total",
            description = "Per venue from the same rows as the venue's list (attendees seated there), so the two always agree.")
    public Counts counts(@Parameter(example = "7") @PathParam("eventId") long eventId) {
        return service.counts(eventId);
    }

    @POST
    @Path("sync")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Extension(name = Scopes.EXTENSION, value = Scopes.CHECKIN_WRITE)
    @Operation(operationId = "syncCheckIns", summary = "Send the scans a door made offline; each gets the server's verdict",
            description = "For a door that judged scans locally from its door list while the network was down. Each scan carries a nonce "
                    + "made by the door (a UUID): a nonce already recorded answers its first verdict and changes nothing, so a whole batch "
                    + "may be replayed. One check-in per delegate: when a queued scan is earlier than the recorded check-in, its time and "
                    + "venue become the check-in's (the first scan wins). When another door (another person, venue or doorLabel) admitted the "
                    + "same delegate, the scan's result says conflict and the pair is listed for the organiser (listCheckInConflicts). "
                    + "The batch is refused as a whole (400, field errors per scan, nothing recorded) for a nonce that is not a UUID or repeats "
                    + "in the batch, a scan time more than 2 minutes ahead of the server's clock, a scan with none or two of token/code/attendeeId, "
                    + "or a short code with a wrong check symbol. Scope checkin:write.")
    @APIResponse(responseCode = "200", description = "One verdict per scan, in the order sent",
            content = @Content(schema = @Schema(implementation = DoorDtos.SyncResult.class)))
    public DoorDtos.SyncResult sync(@PathParam("eventId") long eventId, @Valid @NotNull DoorDtos.SyncRequest request) {
        return door.sync(eventId, request);
    }

    @GET
    @Path("conflicts")
    @Extension(name = Scopes.EXTENSION, value = Scopes.CHECKIN_WRITE)
    @Operation(operationId = "listCheckInConflicts", summary = "Delegates admitted at two doors while a door was offline, for the organiser",
            description = "Newest first. The earlier scan is the check-in that stands (kept); the other is what the second door did. "
                    + "Open to those who may run the event's door.")
    public PageResponse<DoorDtos.Conflict> conflicts(@PathParam("eventId") long eventId, @Valid @BeanParam PageParams page) {
        return door.conflicts(eventId, page);
    }

    @GET
    @Path("late")
    @Extension(name = Scopes.EXTENSION, value = Scopes.CHECKIN_WRITE)
    @Operation(operationId = "listLateArrivals", summary = "Delegates who came in after the event's start, latest first",
            description = "With how many minutes late, the venue they came in at and their organisation. Those not arrived at all are the "
                    + "counters' absent figures. Open to those who may run the event's door.")
    public PageResponse<DoorDtos.LateArrival> late(@PathParam("eventId") long eventId, @Valid @BeanParam PageParams page) {
        return door.late(eventId, page);
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Extension(name = Scopes.EXTENSION, value = Scopes.CHECKIN_WRITE)
    @Operation(operationId = "streamCheckInCounts", summary = "Live counters as server-sent events",
            description = "Events named counts, whose data is the JSON of getCheckInCounts: one at once, then one after each change "
                    + "(checked at most once a second, whichever replica recorded it), and a ': ping' comment every 15 s. Send the "
                    + "Authorization header (read it with fetch and a stream reader; EventSource cannot send headers). Open to those who "
                    + "may see the counters; 404/403 as getCheckInCounts.")
    @APIResponse(responseCode = "200", description = "An endless text/event-stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING, maxLength = 100000,
                    examples = "event: counts\ndata: {\"eventId\":7,\"expected\":275,\"checkedIn\":141,\"venues\":[]}\n\n")))
    public void stream(@PathParam("eventId") long eventId, @jakarta.ws.rs.core.Context jakarta.ws.rs.sse.SseEventSink sink,
                       @jakarta.ws.rs.core.Context jakarta.ws.rs.sse.Sse sse) {
        Counts now = service.counts(eventId);
        stream.follow(eventId, now, service.countersSignature(eventId), sink, sse);
    }
}
