package vn.safeonline.frame;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.safeonline.publicpage.PublicAudience;
import vn.safeonline.publicpage.PublicDtos;

/** A framed avatar, counted for a unit once per device (the photo never leaves the browser). */
public final class FrameDtos {
    private FrameDtos() {
    }

    @Schema(name = "AdoptionRequest")
    public record AdoptionRequest(
            @Size(max = 64) @Pattern(regexp = PublicDtos.UNIT_CODE, message = "{vn.safeonline.unitCode}") @Schema(examples = "THPT-CVL") String unitCode,
            @NotBlank @Size(max = 64) @Pattern(regexp = PublicDtos.DEVICE_ID, message = "{vn.safeonline.deviceId}")
            @Schema(examples = "8d3c1f0a-5b2e-4e7a-9c61-2f4d8b7a9e10", required = true, description = "a random id the page keeps in the browser; stored only as a keyed hash") String deviceId,
            @Schema(description = "who framed the avatar (the page asks); absent: counted toward targets of everyone only") PublicAudience audience) {
    }

    @Schema(name = "AdoptionResult")
    public record AdoptionResult(@Schema(required = true, description = "false when this device was already counted") boolean counted) {
    }
}
