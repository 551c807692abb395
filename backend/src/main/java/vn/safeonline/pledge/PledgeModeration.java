package vn.safeonline.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignAccess;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.BusinessClock;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.Problem;
import vn.safeonline.common.ProblemType;
import vn.safeonline.pledge.PledgeDtos.PledgeView;

/**
 * The wall's moderation queue: its moderators (the plan's managers and the organisations the campaign gives its wall to,
 * CampaignAccess.mayModerateWall) approve or reject each pledge, once. A held pledge is approved only "anyway": the
 * moderator says so explicitly, having seen why it was held, and the audit keeps that.
 */
@ApplicationScoped
public class PledgeModeration {
    @Inject
    vn.safeonline.common.DomainEvents events;
    @Inject
    CampaignAccess access;
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;
    @Inject
    BusinessClock clock;

    /** The queue of a campaign the caller manages: the given status, or pending and held when none is given. */
    public PageResponse<PledgeView> queue(long campaignId, PledgeStatus status, int page, int size) {
        Campaign c = access.find(campaignId);
        access.requireWallModerator(c);
        List<PledgeStatus> statuses = status != null ? List.of(status) : List.of(PledgeStatus.PENDING, PledgeStatus.HELD);
        long total = Pledge.countInQueue(c.id, statuses);
        List<Pledge> items = Pledge.queue(c.id, statuses, page - 1, size);
        return new PageResponse<>(items.stream().map(PledgeView::of).toList(), page, size, total);
    }

    /**
     * Approves or rejects a pending or held pledge; the same decision again changes nothing, the other one is refused. A held
     * pledge is approved only with {@code anyway} (409 pledge-held with the reason otherwise).
     */
    @Transactional
    public PledgeView decide(long id, PledgeStatus to, boolean anyway) {
        Pledge p = Pledge.findWithUnit(id).orElseThrow(() -> ApiException.notFound("Lời cam kết", id));
        Campaign c;
        try {
            c = access.find(p.campaignId);
        } catch (ApiException e) {
            throw ApiException.notFound("Lời cam kết", id);
        }
        access.requireWallModerator(c);
        if (p.status == to) return PledgeView.of(p); // a repeat of the same decision changes nothing
        if (p.status == PledgeStatus.APPROVED || p.status == PledgeStatus.REJECTED) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Lời cam kết đã được " + (p.status == PledgeStatus.APPROVED ? "duyệt" : "từ chối"));
        }
        boolean overHold = to == PledgeStatus.APPROVED && p.status == PledgeStatus.HELD;
        if (overHold && !anyway) {
            PledgeScreen.Hold why = PledgeScreen.reason(p.heldCode);
            throw new ApiException(ProblemType.PLEDGE_HELD, "Lời cam kết bị tạm giữ vì: " + why.vi() + " (" + why.code() + "). Đọc kỹ rồi chọn “Vẫn duyệt”"
                    + " (override=true) nếu vẫn muốn đưa lên bức tường.", List.of(new Problem.FieldError("override", why.code(), why.vi())));
        }
        PledgeStatus before = p.status;
        p.status = to;
        p.approvedAnyway = overHold;
        p.moderatedAt = clock.now();
        p.moderatedBy = me.user().id;
        // the reason code, never the text: the audit keeps that it was approved over a hold, not what the child wrote
        String action = overHold ? "APPROVE_ANYWAY" : to == PledgeStatus.APPROVED ? "APPROVE" : "REJECT";
        Map<String, Object> was = p.heldCode == null ? Map.of("status", before) : Map.of("status", before, "heldCode", p.heldCode);
        audit.record(action, "pledge", p.id, was, Map.of("status", to));
        if (to == PledgeStatus.APPROVED) {
            events.publish(vn.safeonline.common.DomainEvents.PLEDGE_APPROVED, c.plan.tenantId, "pledge", p.id, "/api/campaigns/" + c.id + "/pledges", c.plan.id,
                    p.organization == null ? List.of() : List.of(p.organization.id));
        }
        return PledgeView.of(p);
    }
}
