package vn.safeonline.attendee;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.attendee.AttendeeDtos.AttendeeView;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Params;
import vn.safeonline.event.Event;

@Path("/api/events/{eventId}/attendees")
@Tag(name = "Attendees")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EventAttendeesResource {
    @Inject
    AttendeeService service;

    @GET
    @Operation(operationId = "listEventAttendees", summary = "The consolidated list: every agency's delegates (organisers and receivers), or the caller's own",
            description = "q searches names without diacritics ('nguyen van a'); default order is protocol: leaders first, then by organisation.")
    public PageResponse<AttendeeView> list(@Parameter(example = "7") @PathParam("eventId") long eventId,
                                           @Parameter(example = "12") @QueryParam("organization") Long organization,
                                           @QueryParam("category") @Parameter(example = "4") Long category,
                                           @Parameter(example = "8") @QueryParam("venue") Long venue,
                                           @QueryParam("status") @Parameter(schema = @Schema(implementation = AttendeeStatus.class)) String status,
                                           @Parameter(example = "so giao duc") @QueryParam("q") @Size(max = 200) String q,
                                           @QueryParam("duplicates") @Parameter(description = "only delegates in a duplicate pair (same phone, or same name and unit)", example = "true") boolean duplicates,
                                           @QueryParam(Params.UPDATED_SINCE) @Parameter(example = "2026-05-29T08:00:00+07:00", description = Params.UPDATED_SINCE_DOC, schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40)) String updatedSince,
                                           @Valid @BeanParam PageParams page) {
        return service.eventList(eventId, new AttendeeService.EventFilter(organization, category, venue, status, q), duplicates,
                Params.instant(updatedSince, Params.UPDATED_SINCE), page);
    }

    @GET
    @Path("export")
    @Produces({vn.safeonline.common.Documents.XLSX, "application/pdf"})
    @Operation(operationId = "exportEventAttendees", summary = "The list as .xlsx or .pdf, with the list's filters, in protocol order",
            description = "Exports never carry contact or children's personal fields; text cells are neutralised against formulas.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The file",
            content = {@org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = vn.safeonline.common.Documents.XLSX,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
                    @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/pdf",
                            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    public jakarta.ws.rs.core.Response export(@Parameter(example = "7") @PathParam("eventId") long eventId,
                                              @QueryParam("format") @Parameter(example = "pdf") @jakarta.ws.rs.DefaultValue("xlsx") @jakarta.validation.constraints.Pattern(regexp = "xlsx|pdf", message = "{vn.safeonline.exportFormat}") String format,
                                              @Parameter(example = "12") @QueryParam("organization") Long organization,
                                              @QueryParam("category") @Parameter(example = "4") Long category,
                                              @Parameter(example = "8") @QueryParam("venue") Long venue,
                                              @QueryParam("status") @Parameter(schema = @Schema(implementation = AttendeeStatus.class)) String status,
                                              @Parameter(example = "so giao duc") @QueryParam("q") @Size(max = 200) String q,
                                              @QueryParam("includeInactive") @Parameter(example = "false", description = "also cancelled, declined and replaced delegates (left out by default)") boolean includeInactive)
            throws java.io.IOException {
        AttendeeService.EventExport export = service.eventExport(eventId, new AttendeeService.EventFilter(organization, category, venue, status, q),
                includeInactive);
        Event e = export.event();
        Iterable<List<AttendeeView>> pages = export.pages();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        boolean pdf = "pdf".equals(format);
        if (pdf) AttendeeDocuments.pdf(e, pages, out);
        else AttendeeDocuments.xlsx(e, pages, out);
        String name = "danh-sach-dai-bieu-" + e.id + (pdf ? ".pdf" : ".xlsx");
        return jakarta.ws.rs.core.Response.ok(out.toByteArray()).type(pdf ? "application/pdf" : vn.safeonline.common.Documents.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
