package vn.safeonline.attendee;

import java.util.Map;
import vn.safeonline.common.Idempotency;
import jakarta.ws.rs.HeaderParam;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.attendee.AttendeeDtos.AttendeeInput;
import vn.safeonline.common.Scopes;
import vn.safeonline.attendee.AttendeeDtos.AttendeeView;
import vn.safeonline.common.Role;
import vn.safeonline.common.Etags;

@Path("/api/attendees")
@Tag(name = "Attendees")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AttendeeResource {
    @Inject
    Idempotency idempotency;
    @Inject
    AttendeeService service;

    @GET
    @Path("{id}")
    @Extension(name = Scopes.EXTENSION, value = Scopes.ATTENDEES_WRITE)
    @Operation(operationId = "getAttendee", summary = "One attendee (children's personal fields masked unless the caller submitted or receives them)",
            description = "The submitting organisation's people and the event's organisers and receivers may read it; anyone else gets 404. Children's phone,"
                    + " guardian and circumstances are masked for everyone but the submitting and receiving organisations, and each unmasked read is "
                    + "written to the audit log. Answers an ETag (the attendee's version): If-None-Match → 304, and the same tag is what an update sends "
                    + "in If-Match. System clients need attendees:write.")
    @APIResponse(responseCode = "200", description = "The attendee", content = @Content(schema = @Schema(implementation = AttendeeView.class)))
    public Response get(@Parameter(example = "42") @PathParam("id") long id) {
        Attendee a = service.find(id);
        return Response.ok(service.views(List.of(a)).get(0)).tag(Etags.of(a.version)).build();
    }

    @GET
    @Path("{id}/invitation.png")
    @Produces("image/png")
    @Operation(operationId = "getInvitationQr", summary = "The QR code of a delegate's invitation (an opaque token, never the id)",
            description = "The QR code encodes the invitation's opaque token (what the door scans), never the database id. For the delegate's submitting "
                    + "organisation and the event's organisers; 404 for anyone else. A cancelled or declined delegate has no valid invitation: 409 not-"
                    + "admissible. Served with Cache-Control: private, no-store.")
    @APIResponse(responseCode = "200", description = "PNG", content = @Content(mediaType = "image/png",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response qr(@Parameter(example = "42") @PathParam("id") long id) {
        Attendee a = admissible(id);
        return Response.ok(vn.safeonline.common.Documents.qrPng(a.invitationToken, 400)).header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("{id}/invitation.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getInvitationCard", summary = "A printable delegate card: name, title, organisation, venue, QR code",
            description = "A one-page PDF to print or send: the delegate's name, title and organisation, the event, venue and seat area, and the invitation's"
                    + " QR code. Same rules as the QR code: the submitting organisation and the organisers, 404 for others, 409 not-admissible when the "
                    + "delegate is no longer on the list; never cached.")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response card(@Parameter(example = "42") @PathParam("id") long id) {
        Attendee a = admissible(id);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        AttendeeDocuments.card(a, out);
        return Response.ok(out.toByteArray()).header("Content-Disposition", "inline; filename=\"the-dai-bieu-" + a.id + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    private Attendee admissible(long id) {
        Attendee a = service.find(id);
        if (!a.status.active()) throw new vn.safeonline.common.ApiException(vn.safeonline.common.ProblemType.NOT_ADMISSIBLE,
                "Đại biểu không còn trong danh sách (" + a.status + ")");
        return a;
    }

    @POST
    @Path("{id}/duplicates/{otherId}/keep-both")
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @jakarta.transaction.Transactional
    @Operation(operationId = "keepBothDuplicates", summary = "A flagged pair are two people: keep both (the organisers or the receiving agency)",
            description = "To keep one instead, cancel the other. 404 when the two are not a pair of the same event.")
    @APIResponse(responseCode = "200", description = "The attendee", content = @Content(schema = @Schema(implementation = AttendeeView.class)))
    public AttendeeView keepBoth(@Parameter(example = "42") @PathParam("id") long id, @Parameter(example = "5288") @PathParam("otherId") long otherId) {
        return service.views(List.of(service.keepBoth(id, otherId))).get(0);
    }

    @POST
    @Path("{id}/confirm")
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @jakarta.transaction.Transactional
    @Operation(operationId = "confirmAttendee", summary = "The delegate confirmed attendance",
            description = "Officers and coordinators of the submitting organisation, or of the organisers. Allowed from SUBMITTED or DECLINED (confirming a "
                    + "declined delegate takes a place again, so the quota row is locked and 409 quota-exceeded when it is full); confirming an already "
                    + "confirmed delegate is 409 invalid-transition. Recorded in the audit log. For people only.")
    @APIResponse(responseCode = "200", description = "The attendee", content = @Content(schema = @Schema(implementation = AttendeeView.class)))
    public AttendeeView confirm(@Parameter(example = "42") @PathParam("id") long id) {
        return service.views(List.of(service.changeStatus(id, AttendeeStatus.CONFIRMED))).get(0);
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @jakarta.transaction.Transactional
    @Operation(operationId = "declineAttendee", summary = "The delegate declined: the place is free again",
            description = "Officers and coordinators of the submitting organisation, or of the organisers. Allowed from SUBMITTED or CONFIRMED; the place "
                    + "returns to the quota at once. Declining twice is 409 invalid-transition. Recorded in the audit log. For people only.")
    @APIResponse(responseCode = "200", description = "The attendee", content = @Content(schema = @Schema(implementation = AttendeeView.class)))
    public AttendeeView decline(@Parameter(example = "42") @PathParam("id") long id) {
        return service.views(List.of(service.changeStatus(id, AttendeeStatus.DECLINED))).get(0);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @jakarta.transaction.Transactional
    @Extension(name = Scopes.EXTENSION, value = Scopes.ATTENDEES_WRITE)
    @Operation(operationId = "cancelAttendee", summary = "Withdraw a delegate from the list: the invitation stops working",
            description = "The submitting organisation (officers, coordinators, or its system client with attendees:write) or the organisers withdraw a "
                    + "delegate: the status becomes CANCELLED, the invitation token stops admitting at the door and the place returns to the quota. From "
                    + "SUBMITTED, CONFIRMED or DECLINED; cancelling twice is 409 invalid-transition.")
    @APIResponse(responseCode = "200", description = "The attendee", content = @Content(schema = @Schema(implementation = AttendeeView.class)))
    public AttendeeView cancel(@Parameter(example = "42") @PathParam("id") long id) {
        return service.views(List.of(service.changeStatus(id, AttendeeStatus.CANCELLED))).get(0);
    }

    @POST
    @Path("{id}/replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_})
    @jakarta.transaction.Transactional
    @Extension(name = Scopes.EXTENSION, value = Scopes.ATTENDEES_WRITE)
    @Operation(operationId = "replaceAttendee", summary = "Another person takes this delegate's place (same quota, no new place)",
            description = "The submitting organisation names another person for the same place: the old delegate is replaced, the new one gets a fresh "
                    + "invitation token and no extra place is used, so no quota check applies. 409 invalid-transition when the delegate is no longer on "
                    + "the list or has already checked in; 422 with errors[] for invalid person fields. System clients need attendees:write. With "
                    + "Idempotency-Key, a replay answers the first response.")
    @APIResponse(responseCode = "201", description = "The new attendee", content = @Content(schema = @Schema(implementation = AttendeeView.class)))
    public Response replace(@Parameter(example = "42") @PathParam("id") long id,
                            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.DOC, example = "truong-cvl-thay-2026-05-27-001") String key,
                            @Valid @NotNull AttendeeInput input) {
        return idempotency.once(key, Map.of("replacing", id, "attendee", input), () -> {
            Attendee a = service.replace(id, input);
            return Response.created(URI.create("/api/attendees/" + a.id)).entity(service.views(List.of(a)).get(0)).build();
        });
    }
}
