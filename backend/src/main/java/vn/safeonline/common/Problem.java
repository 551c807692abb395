package vn.safeonline.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with the stable {@code code} and the field errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(required = true, examples = "/problems/validation-failed") String type,
        @Schema(required = true, examples = "validation-failed") String code,
        @Schema(required = true, examples = "Dữ liệu không hợp lệ") String title,
        @Schema(required = true, examples = "400") int status,
        @Schema(examples = "Hạn gửi danh sách của chỉ tiêu này đã qua lúc 17:00 ngày 28/05/2026") String detail,
        @Schema(examples = "/api/quotas/77/attendees") String instance,
        List<FieldError> errors,
        @Schema(examples = "3f2b8c1e-5d7a-4e0b-9c6f-1a2b3c4d5e6f", description = "the request's id, also in the X-Request-Id "
                + "header: quote it to the operators, who find the request's log lines by it") String requestId) {

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(required = true, examples = "legalBases[0].number") String field,
            @Schema(required = true, examples = "NotBlank") String code,
            @Schema(examples = "Số điện thoại không hợp lệ", required = true) String message) {
    }
}
