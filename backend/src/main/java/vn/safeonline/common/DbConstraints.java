package vn.safeonline.common;

import java.util.Map;

/** Messages for the database constraints a user can run into; the database is the last guard. */
final class DbConstraints {
    private static final Map<String, String> MESSAGES = Map.of(
            "organization_code_uq", "Mã đơn vị đã tồn tại",
            "app_user_username_uq", "Tên đăng nhập đã tồn tại",
            "plan_number_uq", "Số, ký hiệu văn bản đã được dùng cho một kế hoạch khác trong năm",
            "task_cooperator_pkey", "Đơn vị phối hợp bị lặp",
            "task_plan_label_uq", "Số hiệu nhiệm vụ đã có trong kế hoạch (số hiệu phải riêng, ví dụ III.1.a, III.1.b)",
            "contest_assignment_own_school_ck", "Giám khảo thuộc trường của bài thi, không được phân công chấm bài này");

    private DbConstraints() {
    }

    static String describe(String constraint) {
        return MESSAGES.getOrDefault(constraint, "Dữ liệu vi phạm ràng buộc toàn vẹn (" + constraint + ")");
    }
}
