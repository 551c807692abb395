package vn.safeonline.campaign;

import vn.safeonline.common.BusinessClock;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.CampaignDtos.PhotoView;
import vn.safeonline.campaign.CampaignDtos.ReportInput;
import vn.safeonline.campaign.CampaignDtos.ReportView;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.Organization;

@Path("/api/campaigns/{campaignId}/reports")
@Tag(name = "Activity reports", description = "Báo cáo hoạt động: what each unit did, with figures and evidence")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ActivityReportsResource {
    @Inject
    CampaignAccess access;
    @Inject
    CurrentUser me;
    @Inject
    EntityManager em;
    @Inject
    Idempotency idempotency;
    @Inject
    AuditLog audit;

    @GET
    @Operation(operationId = "listActivityReports", summary = "Reports of the units the caller may see, newest first")
    public PageResponse<ReportView> list(@PathParam("campaignId") long campaignId, @QueryParam("organization") Long organization,
                                         @QueryParam("type") ActivityType type, @Valid @BeanParam PageParams page) {
        Campaign c = access.find(campaignId);
        Map<String, Object> params = new HashMap<>();
        params.put("c", c.id);
        String where = "r.campaignId = :c" + access.figuresScope(c, params);
        if (organization != null) {
            where += " and o.id = :org";
            params.put("org", organization);
        }
        if (type != null) {
            where += " and r.type = :type";
            params.put("type", type);
        }
        String order = page.orderBy(Map.of("date", "r.date", "createdAt", "r.createdAt"), "-date", "r.id desc");
        long total = ActivityReport.count("select count(r) from ActivityReport r join r.organization o where " + where, params);
        List<ActivityReport> items = ActivityReport.<ActivityReport>find("select r from ActivityReport r join fetch r.organization o where " + where
                + " order by " + order, params).page(page.page - 1, page.size).list();
        Map<Long, List<PhotoView>> photos = photos(items.stream().map(r -> r.id).toList());
        return new PageResponse<>(items.stream().map(r -> view(c, r, photos.getOrDefault(r.id, List.of()))).toList(), page.page, page.size, total);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER_, Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "createActivityReport", summary = "Report an activity for a unit of the campaign",
            description = "The unit is the caller's organisation unless another is named (a unit under it, or any unit for the campaign's managers). "
                    + "With Idempotency-Key, a replay returns the first response.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response create(@PathParam("campaignId") long campaignId,
                           @HeaderParam(Idempotency.HEADER) @Parameter(description = "unique per report you mean once") String key,
                           @Valid @NotNull ReportInput in) {
        Campaign c = access.find(campaignId);
        var replay = idempotency.claim(key, Map.of("campaign", campaignId, "report", in));
        if (replay.isPresent()) return replay.get();
        long orgId = in.organizationId() != null ? in.organizationId() : me.org().id;
        CampaignUnit unit = CampaignUnit.<CampaignUnit>find("from CampaignUnit cu join fetch cu.organization where cu.campaignId = ?1 and cu.organizationId = ?2",
                c.id, orgId).firstResult();
        if (unit == null) throw ApiException.unprocessable("organizationId", "NotAUnit", "Đơn vị này không thuộc phạm vi chiến dịch");
        if (!access.mayReportFor(c, unit.organization)) throw ApiException.forbidden("Chỉ báo cáo cho đơn vị của mình hoặc đơn vị trực thuộc");
        List<FieldError> errors = new ArrayList<>();
        if (in.date().isBefore(c.startsOn) || in.date().isAfter(c.endsOn)) {
            errors.add(new FieldError("date", "OutsidePeriod", "Ngày hoạt động phải trong thời gian chiến dịch (" + c.startsOn + " – " + c.endsOn + ")"));
        }
        if (in.date().isAfter(BusinessClock.current().today())) errors.add(new FieldError("date", "Future", "Chưa thể báo cáo hoạt động của ngày mai"));
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Báo cáo chưa hợp lệ", errors);
        ActivityReport r = new ActivityReport();
        r.campaignId = c.id;
        r.organization = unit.organization;
        r.type = in.type();
        r.date = in.date();
        r.place = Text.clean(in.place());
        r.officers = n(in.officers());
        r.pupils = n(in.pupils());
        r.students = n(in.students());
        r.teachers = n(in.teachers());
        r.parents = n(in.parents());
        r.others = n(in.others());
        r.views = in.views() == null ? 0 : in.views();
        r.shares = in.shares() == null ? 0 : in.shares();
        r.links(in.links() == null ? List.of() : in.links().stream().map(String::trim).distinct().toList());
        r.note = Text.clean(in.note());
        r.reportedBy = me.user().id;
        r.heldReason = ActivityReport.beyondHeadcount(r, unit);
        r.persist();
        ActivityReport.flush();
        ReportView view = view(c, r, List.of());
        audit.record("CREATE", "activity_report", r.id, null, in);
        return idempotency.complete(key, Response.created(URI.create("/api/activity-reports/" + r.id)).entity(view).build());
    }

    private static int n(Integer v) {
        return v == null ? 0 : v;
    }

    Map<Long, List<PhotoView>> photos(List<Long> reportIds) {
        Map<Long, List<PhotoView>> out = new HashMap<>();
        if (reportIds.isEmpty()) return out;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select report_id, id, content_type, size_bytes, width, height from activity_photo"
                + " where report_id = any(cast(?1 as bigint[])) order by id").setParameter(1, reportIds.toArray(Long[]::new)).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new PhotoView(((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue()));
        }
        return out;
    }

    ReportView view(Campaign c, ActivityReport r, List<PhotoView> photos) {
        Organization o = r.organization;
        return new ReportView(r.id, r.campaignId, OrgRef.of(o), r.type, r.date, r.place, r.officers, r.pupils, r.students, r.teachers, r.parents, r.others,
                r.views, r.shares, r.links(), r.note, photos, r.createdAt, access.mayReportFor(c, o), r.heldReason);
    }
}
