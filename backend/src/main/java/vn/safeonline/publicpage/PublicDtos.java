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
    public record PublicCampaign(@Schema(required = true, description = "the campaign's public id") String id, @Schema(required = true) String name,
                                 @Schema(required = true) List<String> slogans, @Schema(required = true) List<String> hashtags,
                                 @Schema(required = true) LocalDate startsOn, @Schema(required = true) LocalDate endsOn,
                                 @Schema(required = true) List<String> keyMessages, @Schema(required = true) boolean hasFrame,
                                 @Schema(required = true) List<String> pledgeTemplates) {
    }

    @Schema(name = "PublicUnit")
    public record PublicUnit(@Schema(required = true) String code, @Schema(required = true) String name) {
    }
}
