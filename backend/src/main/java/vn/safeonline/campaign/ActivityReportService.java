package vn.safeonline.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.campaign.ActivityPhotos.Photo;
import vn.safeonline.campaign.CampaignDtos.PhotoView;
import vn.safeonline.campaign.CampaignDtos.ReportInput;
import vn.safeonline.campaign.CampaignDtos.ReportView;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.Idempotency;
import vn.safeonline.common.Images;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.org.OrgRef;
import vn.safeonline.org.Organization;

/**
 * The rules of activity reports: who reports for which unit, within the campaign's period and never for tomorrow, held for
 * review beyond the unit's headcount; their photos as evidence (at most 10, 5 MB and 12,000 px a side each).
 */
@RequestScoped
public class ActivityReportService {
    @jakarta.inject.Inject
    vn.safeonline.common.DomainEvents events;
    /** Photos: JPEG, PNG or WebP recognised by their bytes, at most 5 MB and 12,000 px a side, at most 10 a report. */
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    private static final int MAX_PHOTOS = 10;

    @Inject
    CampaignAccess access;
    @Inject
    CurrentUser me;
    @Inject
    ActivityPhotos photos;
    @Inject
    Idempotency idempotency;
    @Inject
    AuditLog audit;
    @Inject
    BusinessClock clock;

    /** The report, or 404 when the caller may not see it; the campaign comes with it. */
    private ActivityReport find(long id, boolean forChange) {
        ActivityReport r = ActivityReport.withOrganization(id).orElseThrow(() -> ApiException.notFound("Báo cáo", id));
        Campaign c = access.find(r.campaignId);
        boolean sees = access.seesAll(c) || access.mayReportFor(c, r.organization);
        if (!sees) throw ApiException.notFound("Báo cáo", id);
        if (forChange && !access.mayReportFor(c, r.organization)) throw ApiException.forbidden("Chỉ đơn vị báo cáo hoặc cơ quan điều phối được sửa");
        return r;
    }

    public PageResponse<ReportView> list(long campaignId, Long organization, ActivityType type, java.time.OffsetDateTime updatedSince, PageParams page) {
        Campaign c = access.find(campaignId);
        Map<String, Object> params = new HashMap<>();
        String scope = access.figuresScope(c, params);
        Map<String, String> sorts = Map.of("date", "r.date", "createdAt", "r.createdAt", "updatedAt", "r.updatedAt");
        String order = updatedSince == null ? page.orderBy(sorts, "-date", "r.id desc") : page.orderBy(sorts, "updatedAt", "r.id");
        ActivityReport.Filter filter = new ActivityReport.Filter(c.id, organization, type, updatedSince, scope, params);
        List<ActivityReport> items = filter.list(order, page.page - 1, page.size);
        Map<Long, List<PhotoView>> byReport = photos.views(items.stream().map(r -> r.id).toList());
        return new PageResponse<>(items.stream().map(r -> view(c, r, byReport.getOrDefault(r.id, List.of()))).toList(), page.page, page.size,
                filter.count());
    }

    /** Records a report; with an Idempotency-Key a replay gets the first response. {@code created} says how to answer 201. */
    @Transactional
    public Response create(long campaignId, String key, ReportInput in, Function<ReportView, Response> created) {
        Campaign c = access.find(campaignId);
        return idempotency.once(key, Map.of("campaign", campaignId, "report", in), () -> created.apply(recorded(c, in)));
    }

    private ReportView recorded(Campaign c, ReportInput in) {
        long orgId = in.organizationId() != null ? in.organizationId() : me.org().id;
        CampaignUnit unit = CampaignUnit.withOrganization(c.id, orgId).orElse(null);
        if (unit == null) throw ApiException.unprocessable("organizationId", "NotAUnit", "Đơn vị này không thuộc phạm vi chiến dịch");
        if (!access.mayReportFor(c, unit.organization)) throw ApiException.forbidden("Chỉ báo cáo cho đơn vị của mình hoặc đơn vị trực thuộc");
        List<FieldError> errors = new ArrayList<>();
        if (in.date().isBefore(c.startsOn) || in.date().isAfter(c.endsOn)) {
            errors.add(new FieldError("date", "OutsidePeriod", "Ngày hoạt động phải trong thời gian chiến dịch (" + c.startsOn + " – " + c.endsOn + ")"));
        }
        if (in.date().isAfter(clock.today())) errors.add(new FieldError("date", "Future", "Chưa thể báo cáo hoạt động của ngày mai"));
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
        events.publish(vn.safeonline.common.DomainEvents.ACTIVITY_REPORTED, c.plan.tenantId, "activity_report", r.id, "/api/campaigns/" + c.id + "/reports",
                c.plan.id, List.of(unit.organization.id));
        return view;
    }

    private static int n(Integer v) {
        return v == null ? 0 : v;
    }

    @Transactional
    public void delete(long id) {
        ActivityReport r = find(id, true);
        audit.record("DELETE", "activity_report", r.id, Map.of("type", r.type, "date", r.date.toString(), "organizationId", r.organization.id), null);
        r.delete();
    }

    /** Counts a report held for review: for the campaign's managers. */
    @Transactional
    public void accept(long id) {
        ActivityReport r = find(id, false);
        access.requireManager(access.find(r.campaignId));
        if (r.heldReason != null) {
            audit.record("ACCEPT", "activity_report", r.id, Map.of("heldReason", r.heldReason), null);
            r.heldReason = null;
        }
    }

    /** Adds a photo from an uploaded file (null: none was sent). */
    @Transactional
    public PhotoView addPhoto(long id, Path upload) {
        ActivityReport r = find(id, true);
        if (upload == null) throw ApiException.field("file", "Required", "Chọn ảnh");
        byte[] bytes;
        try {
            if (Files.size(upload) > MAX_PHOTO_BYTES) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Ảnh tối đa 5 MB");
            bytes = Files.readAllBytes(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Images.Info info = Images.inspect(bytes);
        if (info == null) throw new ApiException(ProblemType.UNSUPPORTED_FILE, "Chỉ nhận ảnh JPEG, PNG hoặc WebP");
        if (info.width() > 12_000 || info.height() > 12_000) throw ApiException.unprocessable("file", "Size", "Ảnh quá lớn (tối đa 12.000 điểm ảnh mỗi cạnh)");
        if (photos.count(r.id) >= MAX_PHOTOS) throw ApiException.unprocessable("file", "TooMany", "Tối đa " + MAX_PHOTOS + " ảnh mỗi báo cáo");
        long photoId = photos.add(r.id, info, bytes);
        audit.record("ADD_PHOTO", "activity_report", r.id, null, Map.of("photoId", photoId, "bytes", bytes.length));
        return new PhotoView(photoId, info.contentType(), bytes.length, info.width(), info.height());
    }

    /** A photo of a report the caller sees, or 404. */
    public Photo photo(long id, long photoId) {
        ActivityReport r = find(id, false);
        return photos.find(r.id, photoId).orElseThrow(() -> ApiException.notFound("Ảnh", photoId));
    }

    private ReportView view(Campaign c, ActivityReport r, List<PhotoView> photos) {
        Organization o = r.organization;
        return new ReportView(r.id, r.campaignId, OrgRef.of(o), r.type, r.date, r.place, r.officers, r.pupils, r.students, r.teachers, r.parents, r.others,
                r.views, r.shares, r.links(), r.note, photos, r.createdAt, access.mayReportFor(c, o), r.heldReason, r.updatedAt);
    }
}
