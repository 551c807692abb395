package vn.safeonline.attendee;

import jakarta.ws.rs.QueryParam;
import vn.safeonline.common.Params;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.attendee.AttendeeDtos.AttendeeInput;
import vn.safeonline.common.Scopes;
import vn.safeonline.attendee.AttendeeDtos.AttendeeView;
import vn.safeonline.common.Role;
import vn.safeonline.common.Etags;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.quota.Quota;
import vn.safeonline.quota.QuotaService;

@Path("/api/quotas/{quotaId}/attendees")
@Tag(name = "Attendees", description = "Đại biểu: the delegates each agency submits for its quotas")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuotaAttendeesResource {
    @Inject
    QuotaService quotas;
    @Inject
    AttendeeService service;
    @Inject
    Idempotency idempotency;

    @GET
    @Extension(name = Scopes.EXTENSION, value = Scopes.ATTENDEES_WRITE)
    @Operation(operationId = "listQuotaAttendees", summary = "The attendees submitted for a quota",
            description = "For the quota's owner (officers, coordinators, or its system client with attendees:write) and the event's organisers and "
                    + "receivers; 404 for a quota the caller may not see. Paged in submission order; with updatedSince, only attendees changed (cancelled"
                    + " included) since that instant, so a system can sync incrementally. Children's personal fields are masked as for a single attendee."
                    + " The list answers an ETag (If-None-Match → 304).")
    public PageResponse<AttendeeView> list(@Parameter(example = "77") @PathParam("quotaId") long quotaId,
                                           @QueryParam(Params.UPDATED_SINCE) @Parameter(example = "2026-05-29T08:00:00+07:00", description = Params.UPDATED_SINCE_DOC, schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40)) String updatedSince,
                                           @Valid @BeanParam PageParams page) {
        java.time.OffsetDateTime since = Params.instant(updatedSince, Params.UPDATED_SINCE);
        Quota q = quotas.find(quotaId);
        if (since == null) {
            long total = Attendee.count("quota", q);
            List<Attendee> list = Attendee.<Attendee>find("from Attendee a left join fetch a.venue where a.quota = ?1 order by a.id", q)
                    .range(page.offset(), page.offset() + page.size - 1).list();
            return new PageResponse<>(service.views(list), page.page, page.size, total);
        }
        long total = Attendee.count("quota = ?1 and updatedAt >= ?2", q, since);
        List<Attendee> list = Attendee.<Attendee>find("from Attendee a left join fetch a.venue where a.quota = ?1 and a.updatedAt >= ?2"
                        + " order by a.updatedAt, a.id", q, since)
                .range(page.offset(), page.offset() + page.size - 1).list();
        return new PageResponse<>(service.views(list), page.page, page.size, total);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @Transactional
    @Extension(name = Scopes.EXTENSION, value = Scopes.ATTENDEES_WRITE)
    @Operation(operationId = "createQuotaAttendee", summary = "Submit a delegate for one of the caller's organisation's quotas",
            description = "Refused beyond the quota (409 quota-exceeded) or after the deadline (409 deadline-passed). "
                    + "With Idempotency-Key, a replay returns the first response and the same key with another body is refused.")
    @APIResponse(responseCode = "201", description = "The attendee", content = @Content(schema = @Schema(implementation = AttendeeView.class)))
    public Response create(@Parameter(example = "77") @PathParam("quotaId") long quotaId,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = "unique per request you mean once", example = "truong-cvl-2026-05-27-001") String key,
                           @Valid @NotNull AttendeeInput input) {
        return idempotency.once(key, Map.of("quotaId", quotaId, "attendee", input), () -> {
            Attendee a = service.submit(quotaId, input);
            return Response.created(URI.create("/api/attendees/" + a.id)).entity(service.views(List.of(a)).get(0)).tag(Etags.of(a.version)).build();
        });
    }
}
