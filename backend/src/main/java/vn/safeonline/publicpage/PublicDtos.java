package vn.safeonline.publicpage;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What every public page (no account) shares: the campaign's face, its units by code, and the formats of
 * a unit code and a device id. Display names and unit codes only, nothing personal.
 */
public final class PublicDtos {
    private PublicDtos() {
    }

    public static final String UNIT_CODE = "^[A-Za-z0-9._-]{1,64}$";
    public static final String DEVICE_ID = "^[A-Za-z0-9-]{16,64}$";

    @Schema(name = "PublicCampaign")
    public record PublicCampaign(@Schema(examples = "c7Hq2LxP9mZ4", required = true, description = "the campaign's public id") String id, @Schema(examples = "Tỷ lệ trường tổ chức chuyên đề", required = true) String name,
                                 @Schema(examples = "[\"Không một mình\", \"Lướt mạng an toàn, vững vàng tương lai\"]", required = true) List<String> slogans, @Schema(examples = "[\"#KhongMotMinh\", \"#AnToanTrucTuyen\"]", required = true) List<String> hashtags,
                                 @Schema(required = true) LocalDate startsOn, @Schema(required = true) LocalDate endsOn,
                                 @Schema(examples = "[\"Không một mình — luôn có người lắng nghe\", \"Gặp chuyện trên mạng, hãy nói với người lớn tin cậy\"]", required = true) List<String> keyMessages, @Schema(required = true) boolean hasFrame,
                                 @Schema(examples = "[\"Em hứa không chia sẻ thông tin cá nhân trên mạng\", \"Em hứa báo với người lớn khi bị bắt nạt trên mạng\"]", required = true) List<String> pledgeTemplates) {
    }

    @Schema(name = "PublicUnit")
    public record PublicUnit(@Schema(examples = "THPT-CVL", required = true) String code, @Schema(examples = "Tỷ lệ trường tổ chức chuyên đề", required = true) String name) {
    }
}
