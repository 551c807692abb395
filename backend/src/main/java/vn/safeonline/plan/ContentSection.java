package vn.safeonline.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section of "II. Nội dung": heading and body text. */
@Schema(name = "ContentSection")
public record ContentSection(
        @NotBlank @Size(max = 500) @Schema(required = true, examples = "1. Thời gian, địa điểm, hình thức") String heading,
        @Schema(examples = "Tăng cường tuyên truyền, nâng cao nhận thức của trẻ em, cha mẹ và nhà trường về an toàn trên môi trường mạng.") @Size(max = 20000) String body) {
}
