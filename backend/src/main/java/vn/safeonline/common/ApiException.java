package vn.safeonline.common;

import java.util.List;

/**
 * A business or request error that becomes a problem+json response with a stable type. The detail is Vietnamese (the
 * default language); an English one, where given, answers a caller asking for English (Accept-Language: en), field
 * messages included. Where none is given the Vietnamese detail stands under the English title.
 */
public class ApiException extends RuntimeException {
    public final ProblemType type;
    public final List<Problem.FieldError> errors;
    /** The detail in English, or null when only the Vietnamese one exists. */
    public final String englishDetail;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, detail, null, errors);
    }

    /** A problem in both languages: {@code vi} by default, {@code en} for a caller asking for English. */
    public ApiException(ProblemType type, String vi, String en, List<Problem.FieldError> errors) {
        super(vi, null, false, false);
        this.type = type;
        this.errors = errors;
        this.englishDetail = en;
    }

    /** The detail in the caller's language (the Vietnamese one when no English one was written). */
    public String detail(boolean english) {
        return english && englishDetail != null ? englishDetail : getMessage();
    }

    /** The field errors in the caller's language: a field error's English message is the detail's, when it has one. */
    public List<Problem.FieldError> errors(boolean english) {
        if (!english || englishDetail == null || errors == null) return errors;
        return errors.stream().map(f -> f.message() != null && f.message().equals(getMessage())
                ? new Problem.FieldError(f.field(), f.code(), englishDetail) : f).toList();
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " không tồn tại hoặc bạn không có quyền xem",
                "This item (" + id + ") does not exist or you may not see it", List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException forbidden(String vi, String en) {
        return new ApiException(ProblemType.FORBIDDEN, vi, en, List.of());
    }

    public static ApiException field(String field, String code, String message) {
        return new ApiException(ProblemType.VALIDATION_FAILED, message, List.of(new Problem.FieldError(field, code, message)));
    }

    /** A refused field in both languages. */
    public static ApiException field(String field, String code, String vi, String en) {
        return new ApiException(ProblemType.VALIDATION_FAILED, vi, en, List.of(new Problem.FieldError(field, code, vi)));
    }

    public static ApiException unprocessable(String field, String code, String message) {
        return new ApiException(ProblemType.UNPROCESSABLE, message, List.of(new Problem.FieldError(field, code, message)));
    }

    /** A field the rules refuse, in both languages. */
    public static ApiException unprocessable(String field, String code, String vi, String en) {
        return new ApiException(ProblemType.UNPROCESSABLE, vi, en, List.of(new Problem.FieldError(field, code, vi)));
    }
}
