package vn.safeonline.participation;

import vn.safeonline.common.BusinessClock;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.common.Role;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignAccess;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.PageParams;
import vn.safeonline.common.PageResponse;
import vn.safeonline.common.ProblemType;
import vn.safeonline.org.OrgRef;
import vn.safeonline.participation.PublicDtos.PledgeStatus;

/** The wall's moderation queue: the campaign's managers approve or reject each pledge. */
@Path("/api/pledges")
@Tag(name = "Wall moderation", description = "Kiểm duyệt Bức tường An toàn số")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PledgeModerationResource {
    @Inject
    CampaignAccess access;
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;

    @Schema(name = "Pledge")
    public record PledgeView(@Schema(required = true) long id, @Schema(required = true) long campaignId, @Schema(required = true) String displayName,
                             OrgRef unit, @Schema(required = true) String text, @Schema(required = true) PledgeStatus status, String heldReason,
                             @Schema(required = true) OffsetDateTime createdAt, OffsetDateTime moderatedAt) {
        public static PledgeView of(Pledge p) {
            return new PledgeView(p.id, p.campaignId, p.displayName, OrgRef.of(p.organization), p.text, p.status, p.heldReason, p.createdAt, p.moderatedAt);
        }
    }

    private PledgeView decide(long id, PledgeStatus to) {
        Pledge p = Pledge.<Pledge>find("from Pledge p left join fetch p.organization where p.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Lời cam kết", id));
        Campaign c;
        try {
            c = access.find(p.campaignId);
        } catch (ApiException e) {
            throw ApiException.notFound("Lời cam kết", id);
        }
        access.requireManager(c);
        if (p.status == to) return PledgeView.of(p); // a repeat of the same decision changes nothing
        if (p.status == PledgeStatus.APPROVED || p.status == PledgeStatus.REJECTED) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Lời cam kết đã được " + (p.status == PledgeStatus.APPROVED ? "duyệt" : "từ chối"));
        }
        PledgeStatus before = p.status;
        p.status = to;
        p.moderatedAt = BusinessClock.current().now();
        p.moderatedBy = me.user().id;
        audit.record(to == PledgeStatus.APPROVED ? "APPROVE" : "REJECT", "pledge", p.id, Map.of("status", before), Map.of("status", to));
        return PledgeView.of(p);
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "approvePledge", summary = "Put a pledge on the public wall")
    public PledgeView approve(@PathParam("id") long id) {
        return decide(id, PledgeStatus.APPROVED);
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Role.COORDINATOR_, Role.ADMIN_})
    @Transactional
    @Operation(operationId = "rejectPledge", summary = "Keep a pledge off the wall")
    public PledgeView reject(@PathParam("id") long id) {
        return decide(id, PledgeStatus.REJECTED);
    }
}
