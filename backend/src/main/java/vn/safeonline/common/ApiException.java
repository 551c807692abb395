package vn.safeonline.common;

import java.util.List;

/** A business or request error that becomes a problem+json response with a stable type. */
public class ApiException extends RuntimeException {
    public final ProblemType type;
    public final List<Problem.FieldError> errors;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " không tồn tại hoặc bạn không có quyền xem");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException field(String field, String code, String message) {
        return new ApiException(ProblemType.VALIDATION_FAILED, message, List.of(new Problem.FieldError(field, code, message)));
    }

    public static ApiException unprocessable(String field, String code, String message) {
        return new ApiException(ProblemType.UNPROCESSABLE, message, List.of(new Problem.FieldError(field, code, message)));
    }
}
