package vn.safeonline.pledge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.org.OrgRef;
import vn.safeonline.publicpage.PublicDtos;

/** The Digital Safety Wall: what the public page sends and reads, and what moderators see. */
public final class PledgeDtos {
    private PledgeDtos() {
    }

    @Schema(name = "PledgeRequest")
    public record PledgeRequest(
            @NotBlank @Size(max = 60) @Schema(required = true, examples = "Minh An") String displayName,
            @Size(max = 64) @Pattern(regexp = PublicDtos.UNIT_CODE, message = "{vn.safeonline.unitCode}") String unitCode,
            @Min(0) @Max(19) @Schema(description = "one of the campaign's pledge templates") Integer templateIndex,
            @Size(max = 280) @Schema(description = "a pledge of one's own, when no template is chosen") String text,
            @Schema(description = "who signs (the page asks)") vn.safeonline.publicpage.PublicAudience audience) {
    }

    @Schema(name = "PledgeReceipt")
    public record PledgeReceipt(@Schema(required = true) PledgeStatus status, @Schema(required = true) String message) {
    }

    @Schema(name = "WallPledge")
    public record WallPledge(@Schema(required = true) long id, @Schema(required = true) String displayName, String unitName,
                             @Schema(required = true) String text, @Schema(required = true) OffsetDateTime approvedAt) {
    }

    @Schema(name = "Wall")
    public record Wall(@Schema(required = true, description = "approved pledges in all") long total, @Schema(required = true) int page,
                       @Schema(required = true) int size, @Schema(required = true) List<WallPledge> items) {
    }

    @Schema(name = "Pledge")
    public record PledgeView(@Schema(required = true) long id, @Schema(required = true) long campaignId, @Schema(required = true) String displayName,
                             OrgRef unit, @Schema(required = true) String text, @Schema(required = true) PledgeStatus status, String heldReason,
                             @Schema(required = true) OffsetDateTime createdAt, OffsetDateTime moderatedAt) {
        public static PledgeView of(Pledge p) {
            return new PledgeView(p.id, p.campaignId, p.displayName, OrgRef.of(p.organization), p.text, p.status, p.heldReason, p.createdAt, p.moderatedAt);
        }
    }
}
