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
            @Schema(examples = "THPT-CVL") @Size(max = 64) @Pattern(regexp = PublicDtos.UNIT_CODE, message = "{vn.safeonline.unitCode}") String unitCode,
            @Min(0) @Max(19) @Schema(examples = "0", description = "one of the campaign's pledge templates") Integer templateIndex,
            @Size(max = 280) @Schema(examples = "Em hứa không chia sẻ thông tin cá nhân trên mạng", description = "a pledge of one's own, when no template is chosen") String text,
            @Schema(description = "who signs (the page asks)") vn.safeonline.publicpage.PublicAudience audience) {
    }

    @Schema(name = "PledgeReceipt")
    public record PledgeReceipt(@Schema(required = true) PledgeStatus status, @Schema(examples = "Cảm ơn bạn! Lời cam kết sẽ hiện trên bức tường sau khi được duyệt.", required = true) String message) {
    }

    @Schema(name = "WallPledge")
    public record WallPledge(@Schema(examples = "42", required = true) long id, @Schema(examples = "Minh An", required = true) String displayName, @Schema(examples = "Trường THPT Châu Văn Liêm") String unitName,
                             @Schema(examples = "Em hứa không chia sẻ thông tin cá nhân trên mạng", required = true) String text, @Schema(required = true) OffsetDateTime approvedAt) {
    }

    @Schema(name = "Wall")
    public record Wall(@Schema(examples = "48", required = true, description = "approved pledges in all") long total, @Schema(examples = "1", required = true) int page,
                       @Schema(examples = "20", required = true) int size, @Schema(required = true) List<WallPledge> items) {
    }

    @Schema(name = "PledgeHold", description = "why a pledge is held: a stable code of the wall's lexicon and its text in Vietnamese and English")
    public record PledgeHold(
            @Schema(required = true, examples = "PHONE", enumeration = {"MARKUP", "PHONE", "EMAIL", "LINK", "SOCIAL_ACCOUNT", "PERSONAL_DETAILS", "ABUSE"}) String code,
            @Schema(required = true, examples = "Có số điện thoại (viết bằng số hoặc bằng chữ)") String vi,
            @Schema(required = true, examples = "Contains a phone number (in digits or in words)") String en) {
        static PledgeHold of(String code) {
            if (code == null) return null;
            PledgeScreen.Hold h = PledgeScreen.reason(code);
            return new PledgeHold(h.code(), h.vi(), h.en());
        }
    }

    @Schema(name = "Pledge")
    public record PledgeView(@Schema(examples = "42", required = true) long id, @Schema(examples = "3", required = true) long campaignId, @Schema(examples = "Minh An", required = true) String displayName,
                             OrgRef unit, @Schema(examples = "Em hứa không chia sẻ thông tin cá nhân trên mạng", required = true) String text, @Schema(required = true) PledgeStatus status,
                             @Schema(examples = "Có số điện thoại", description = "why it was held, in Vietnamese, as said when it was signed") String heldReason,
                             @Schema(description = "why it was held (a held pledge, and one decided after being held)") PledgeHold hold,
                             @Schema(required = true, description = "approved although held (\"approve anyway\")") boolean approvedAnyway,
                             @Schema(required = true) OffsetDateTime createdAt, OffsetDateTime moderatedAt) {
        public static PledgeView of(Pledge p) {
            return new PledgeView(p.id, p.campaignId, p.displayName, OrgRef.of(p.organization), p.text, p.status, p.heldReason,
                    PledgeHold.of(p.heldCode), p.approvedAnyway, p.createdAt, p.moderatedAt);
        }
    }
}
