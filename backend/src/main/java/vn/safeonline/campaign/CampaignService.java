package vn.safeonline.campaign;

import vn.safeonline.common.BusinessClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.safeonline.campaign.CampaignDtos.CampaignInput;
import vn.safeonline.campaign.CampaignDtos.CampaignView;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Etags;
import vn.safeonline.common.Images;
import vn.safeonline.common.Problem.FieldError;
import vn.safeonline.common.ProblemType;
import vn.safeonline.common.Text;
import vn.safeonline.org.OrgRef;
import vn.safeonline.plan.Plan;
import vn.safeonline.plan.PlanAccess;
import vn.safeonline.plan.PlanStatus;

/** Creating and changing campaigns and their frame: one transaction each, audited. */
@RequestScoped
public class CampaignService {
    /** A frame is a square PNG with transparency, 256–2048 px, at most 2 MB, not animated. */
    public static final int MAX_FRAME_BYTES = 2 * 1024 * 1024;

    @Inject
    CampaignAccess access;
    @Inject
    PlanAccess planAccess;
    @Inject
    AuditLog audit;

    public CampaignView view(Campaign c) {
        CampaignUnit mine = access.myUnit(c);
        return CampaignView.of(c, access.manages(c), access.canReport(c), mine == null ? null : OrgRef.of(mine.organization), access.mayModerateWall(c),
                planAccess.sees(c.plan.id));
    }

    @Transactional
    public Campaign create(long planId, CampaignInput in) {
        Plan plan = planAccess.find(planId);
        planAccess.requireManager(plan);
        if (plan.status != PlanStatus.DRAFT && plan.status != PlanStatus.ISSUED) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Kế hoạch đã kết thúc hoặc bị hủy");
        }
        Campaign c = new Campaign();
        c.plan = plan;
        c.tenantId = plan.tenantId;
        apply(c, in);
        c.persist();
        Campaign.flush();
        audit.record("CREATE", "campaign", c.id, null, in);
        return c;
    }

    @Transactional
    public Campaign update(long id, String ifMatch, CampaignInput in) {
        Campaign c = access.find(id);
        access.requireManager(c);
        Etags.require(ifMatch, c.version);
        apply(c, in);
        Campaign.flush();
        audit.record("UPDATE", "campaign", c.id, null, in);
        return c;
    }

    private void apply(Campaign c, CampaignInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.endsOn().isBefore(in.startsOn())) errors.add(new FieldError("endsOn", "BeforeStart", "Ngày kết thúc phải từ ngày bắt đầu trở đi"));
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Dữ liệu chiến dịch chưa hợp lệ", errors);
        c.name = Text.clean(in.name());
        c.slogans(clean(in.slogans()));
        c.hashtags(clean(in.hashtags()));
        c.startsOn = in.startsOn();
        c.endsOn = in.endsOn();
        c.organisers = Text.clean(in.organisers());
        c.directAudience = Text.clean(in.directAudience());
        c.indirectAudience = Text.clean(in.indirectAudience());
        c.keyMessages(clean(in.keyMessages()));
        c.trailerUrl = Text.clean(in.trailerUrl());
        c.materials(in.materials() == null ? List.of()
                : in.materials().stream().map(m -> new CampaignDtos.Material(Text.clean(m.title()), m.url().trim())).toList());
        c.pledgeTemplates(clean(in.pledgeTemplates()));
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().map(Text::clean).filter(v -> v != null).distinct().toList();
    }

    /** Checks the frame by its bytes and stores it. */
    @Transactional
    public Campaign uploadFrame(long id, byte[] png) {
        Campaign c = access.find(id);
        access.requireManager(c);
        if (png.length == 0) throw new ApiException(ProblemType.UNPROCESSABLE, "Tệp rỗng");
        if (png.length > MAX_FRAME_BYTES) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Khung ảnh tối đa 2 MB");
        Images.Info info = Images.inspect(png);
        if (info == null || !info.contentType().equals("image/png")) {
            throw new ApiException(ProblemType.UNSUPPORTED_FILE, "Khung ảnh phải là tệp PNG thật (tệp này không phải PNG, dù tên có thể là .png)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (info.animated()) errors.add(new FieldError("file", "Animated", "Khung ảnh không được là ảnh động"));
        if (!info.alpha()) errors.add(new FieldError("file", "NoTransparency", "Khung ảnh cần vùng trong suốt để lộ ảnh đại diện bên dưới"));
        if (info.width() != info.height()) errors.add(new FieldError("file", "NotSquare", "Khung ảnh phải vuông (hiện " + info.width() + "×" + info.height() + ")"));
        if (info.width() < 256 || info.width() > 2048) errors.add(new FieldError("file", "Size", "Cạnh khung ảnh từ 256 đến 2048 điểm ảnh"));
        if (!errors.isEmpty()) throw new ApiException(ProblemType.UNPROCESSABLE, "Khung ảnh chưa đạt yêu cầu", errors);
        c.framePng = png;
        c.frameUploadedAt = BusinessClock.current().now();
        audit.record("UPLOAD_FRAME", "campaign", c.id, null, java.util.Map.of("bytes", png.length, "width", info.width()));
        return c;
    }
}
