package vn.safeonline.common;

/**
 * The stable problem codes of the API. The {@code type} URI of a problem is {@code /problems/<code>};
 * clients switch on it, so a code never changes meaning. Titles are looked up here by language.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", 400, "Dữ liệu không hợp lệ", "Validation failed"),
    MALFORMED_REQUEST("malformed-request", 400, "Yêu cầu không đúng định dạng", "Malformed request"),
    INVALID_CREDENTIALS("invalid-credentials", 401, "Tên đăng nhập hoặc mật khẩu không đúng", "Invalid username or password"),
    UNAUTHENTICATED("unauthenticated", 401, "Cần đăng nhập", "Authentication required"),
    FORBIDDEN("forbidden", 403, "Không có quyền thực hiện", "Not allowed"),
    INSUFFICIENT_SCOPE("insufficient-scope", 403, "Ứng dụng chưa được cấp phạm vi quyền này", "The client lacks the scope for this operation"),
    SESSION_EXPIRED("session-expired", 401, "Phiên đăng nhập đã hết hạn, hãy đăng nhập lại", "Your session has ended; sign in again"),
    INVALID_CLIENT("invalid-client", 401, "Mã ứng dụng hoặc khóa bí mật không đúng", "Invalid client id or secret"),
    NOT_FOUND("not-found", 404, "Không tìm thấy", "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Phương thức không được hỗ trợ", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Định dạng phản hồi không được hỗ trợ", "Not acceptable"),
    CONFLICT("conflict", 409, "Xung đột dữ liệu", "Conflict"),
    PLAN_FROZEN("plan-frozen", 409, "Kế hoạch đã ban hành, không sửa được nội dung văn bản", "The plan is issued; its document is frozen"),
    INVALID_TRANSITION("invalid-transition", 409, "Không thể chuyển trạng thái", "Invalid state transition"),
    QUOTA_EXCEEDED("quota-exceeded", 409, "Vượt chỉ tiêu mời", "Quota exceeded"),
    DEADLINE_PASSED("deadline-passed", 409, "Đã quá hạn gửi danh sách", "The submission deadline has passed"),
    VENUE_FULL("venue-full", 409, "Địa điểm đã đủ chỗ", "The venue is full"),
    NOT_ADMISSIBLE("not-admissible", 409, "Đại biểu không được vào", "Not admissible"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Khóa Idempotency-Key đã dùng cho một yêu cầu khác", "Idempotency-Key reused with another request"),
    VERSION_CONFLICT("version-conflict", 412, "Dữ liệu đã bị người khác thay đổi, hãy tải lại", "Changed by someone else; reload"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Nội dung gửi lên quá lớn", "Request body too large"),
    URI_TOO_LONG("uri-too-long", 414, "Địa chỉ yêu cầu quá dài", "Request URI too long"),
    FILE_TOO_LARGE("file-too-large", 413, "Tệp quá lớn", "File too large"),
    UNSUPPORTED_FILE("unsupported-file", 415, "Tệp không đúng định dạng", "Unsupported file"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Kiểu dữ liệu không được hỗ trợ", "Unsupported media type"),
    UNPROCESSABLE("unprocessable", 422, "Không thể xử lý yêu cầu", "Unprocessable request"),
    RATE_LIMITED("rate-limited", 429, "Quá nhiều yêu cầu, hãy thử lại sau ít phút", "Too many requests; try again shortly"),
    LOGIN_THROTTLED("login-throttled", 429, "Đăng nhập sai quá nhiều lần, hãy thử lại sau", "Too many failed sign-ins; try again later"),
    WINDOW_CLOSED("window-closed", 409, "Ngoài thời gian cho phép", "Outside the allowed period"),
    CONFLICT_OF_INTEREST("conflict-of-interest", 409, "Giám khảo không chấm bài của trường mình", "A judge may not judge an entry of their own school"),
    PLEDGE_HELD("pledge-held", 409, "Lời cam kết đang bị tạm giữ, chỉ duyệt khi chọn “Vẫn duyệt”", "The pledge is held; approve it only with “approve anyway”"),
    RESULTS_PUBLISHED("results-published", 409, "Kết quả đã công bố, không thay đổi được", "Results are published and frozen"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Thiếu tiêu đề If-Match (phiên bản)", "If-Match header required"),
    INTERNAL("internal", 500, "Lỗi hệ thống", "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Hệ thống tạm thời không phục vụ được, hãy thử lại sau ít phút", "Service temporarily unavailable; try again shortly");

    public final String code;
    public final int status;
    private final String vi;
    private final String en;

    ProblemType(String code, int status, String vi, String en) {
        this.code = code;
        this.status = status;
        this.vi = vi;
        this.en = en;
    }

    public String title(boolean english) {
        return english ? en : vi;
    }

    public String uri() {
        return "/problems/" + code;
    }
}
