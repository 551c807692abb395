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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.attendee.AttendeeDtos.AttendeeView;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Params;
import vn.safeonline.common.Text;
import vn.safeonline.event.Event;
import vn.safeonline.event.EventService;
import vn.safeonline.quota.QuotaService;

@Path("/api/events/{eventId}/attendees")
@Tag(name = "Attendees")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EventAttendeesResource {
    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("protocol", "a.quota.category.protocolRank, a.quota.owner.name, a.nameSearch");
        SORTS.put("name", "a.nameSearch");
        SORTS.put("createdAt", "a.createdAt");
        SORTS.put("updatedAt", "a.updatedAt");
    }

    @Inject
    EventService events;
    @Inject
    QuotaService quotas;
    @Inject
    AttendeeService service;
    @Inject
    CurrentUser me;

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
        java.time.OffsetDateTime since = Params.instant(updatedSince, Params.UPDATED_SINCE);
        Event e = events.find(eventId);
        Map<String, Object> params = new HashMap<>();
        String where = filter(e, organization, category, venue, status, q, params);
        if (duplicates) where += " and " + Attendee.IN_A_PAIR;
        if (since != null) {
            where += " and a.updatedAt >= :since";
            params.put("since", since);
        }
        long total = Attendee.count("from Attendee a where " + where, params);
        List<Attendee> list = Attendee.<Attendee>find("from Attendee a join fetch a.quota qq join fetch qq.owner join fetch qq.category"
                        + " left join fetch a.venue where " + where + " order by " + page.orderBy(SORTS, since != null ? "updatedAt" : "protocol", "a.id"), params)
                .range(page.offset(), page.offset() + page.size - 1).list();
        return new PageResponse<>(service.views(list), page.page, page.size, total);
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
        Event e = events.find(eventId);
        Map<String, Object> params = new HashMap<>();
        String where = filter(e, organization, category, venue, status, q, params);
        if (status == null && !includeInactive) where += " and a.status in (vn.safeonline.attendee.AttendeeStatus.SUBMITTED, vn.safeonline.attendee.AttendeeStatus.CONFIRMED)";
        String query = "from Attendee a join fetch a.quota qq join fetch qq.owner join fetch qq.category left join fetch a.venue where " + where
                + " order by " + SORTS.get("protocol") + ", a.id";
        Iterable<List<AttendeeView>> pages = () -> new java.util.Iterator<List<AttendeeView>>() {
            int page = 0;
            List<AttendeeView> next = load();

            List<AttendeeView> load() {
                List<Attendee> rows = Attendee.<Attendee>find(query, params).page(page++, 1000).list();
                List<AttendeeView> views = service.views(rows, false);
                Attendee.getEntityManager().clear();
                return views;
            }

            public boolean hasNext() {
                return !next.isEmpty();
            }

            public List<AttendeeView> next() {
                List<AttendeeView> current = next;
                next = current.size() < 1000 ? List.of() : load();
                return current;
            }
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        boolean pdf = "pdf".equals(format);
        if (pdf) AttendeeDocuments.pdf(e, pages, out);
        else AttendeeDocuments.xlsx(e, pages, out);
        String name = "danh-sach-dai-bieu-" + e.id + (pdf ? ".pdf" : ".xlsx");
        return jakarta.ws.rs.core.Response.ok(out.toByteArray()).type(pdf ? "application/pdf" : vn.safeonline.common.Documents.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The list's conditions on alias a: the caller's reach, then the filters. Shared with the export. */
    String filter(Event e, Long organization, Long category, Long venue, String status, String q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("a.event = :e");
        params.put("e", e);
        if (!quotas.seesAll(e)) {
            where.append(" and (a.quota.owner.id = :me or a.quota.owner.path like :pfx)");
            params.put("me", me.org().id);
            params.put("pfx", me.org().subtreePrefix() + "%");
        }
        if (organization != null) {
            where.append(" and a.quota.owner.id = :org");
            params.put("org", organization);
        }
        if (category != null) {
            where.append(" and a.quota.category.id = :cat");
            params.put("cat", category);
        }
        if (venue != null) {
            where.append(" and a.venue.id = :venue");
            params.put("venue", venue);
        }
        AttendeeStatus st = Params.enumValue(AttendeeStatus.class, status, "status");
        if (st != null) {
            where.append(" and a.status = :status");
            params.put("status", st);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and a.nameSearch like :q escape '\\'");
            params.put("q", Text.likePattern(q));
        }
        return where.toString();
    }
}
