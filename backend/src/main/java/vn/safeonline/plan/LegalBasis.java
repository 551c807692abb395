package vn.safeonline.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A "căn cứ": a document the plan rests on. A value of the plan's document, stored with it. */
@Schema(name = "LegalBasis")
public record LegalBasis(
        @NotBlank @Size(max = 60) @Schema(required = true, examples = "Quyết định") String kind,
        @NotBlank @Size(max = 60) @Schema(required = true, examples = "468/QĐ-TTg") String number,
        @Schema(examples = "2026-03-23") LocalDate date,
        @Size(max = 300) @Schema(examples = "Thủ tướng Chính phủ") String issuer,
        @Schema(examples = "về phê duyệt Chương trình bảo vệ và hỗ trợ trẻ em tương tác lành mạnh, sáng tạo trên môi trường mạng giai đoạn 2021 – 2025") @Size(max = 2000) String summary) {
}
