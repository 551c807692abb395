package vn.safeonline.email;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.safeonline.common.BusinessClock;

/**
 * The Vietnamese emails, one method each: the subject, a plain text body and the same in simple HTML. The texts speak to the
 * recipient by name and end with the same footer (why they get it and how to stop).
 */
public final class EmailTemplates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(BusinessClock.ZONE);
    private static final String FOOTER = """

            --
            Thư tự động từ hệ thống An toàn trực tuyến; vui lòng không trả lời thư này.
            Để không nhận thư, đề nghị quản trị viên của đơn vị tắt "Nhận thông báo qua email" trong tài khoản của bạn.""";

    /** A message: subject, plain text, HTML. */
    public record Message(String subject, String text, String html) {
    }

    private EmailTemplates() {
    }

    /** An in-app notification (a reminder, an urging — đôn đốc) sent by email too. */
    public static Message notification(String fullName, String title, String body) {
        return message(title, """
                Kính gửi %s,

                %s
                """.formatted(fullName, body == null ? title : body));
    }

    /** A quota of attendees not filled, its deadline {@code daysLeft} days ahead. */
    public static Message quotaDeadline(String fullName, String eventTitle, String organization, String category, long filled, int count,
                                        OffsetDateTime deadline, int daysLeft) {
        return message("Còn %d ngày đến hạn gửi danh sách đại biểu — %s".formatted(daysLeft, eventTitle), """
                Kính gửi %s,

                Hạn gửi danh sách đại biểu của %s cho sự kiện "%s" là %s (còn %d ngày).
                - %s: đã gửi %d/%d đại biểu.

                Đề nghị đơn vị hoàn thành danh sách trước thời hạn; quá hạn, danh sách sẽ bị khóa.
                """.formatted(fullName, organization, eventTitle, DAY_TIME.format(deadline), daysLeft, category, filled, count));
    }

    /** A task that has just turned overdue, to its lead organisation's people. */
    public static Message taskOverdue(String fullName, String planReference, String planTitle, String taskLabel, String taskText,
                                      LocalDate due) {
        return message("Nhiệm vụ quá hạn: %s — Kế hoạch %s".formatted(taskLabel, planReference), """
                Kính gửi %s,

                Nhiệm vụ %s của Kế hoạch %s (%s) do đơn vị chủ trì đã quá hạn (hạn hoàn thành %s) mà chưa được báo cáo hoàn thành:
                "%s"

                Đề nghị đơn vị khẩn trương thực hiện và báo cáo tiến độ.
                """.formatted(fullName, taskLabel, planReference, planTitle, DAY.format(due), taskText));
    }

    /** A task still overdue {@code days} days after urging, raised to the issuer's coordinators. */
    public static Message escalation(String fullName, String planReference, String taskLabel, String leadOrganization, LocalDate due,
                                     OffsetDateTime urgedAt, int days) {
        return message("Nhiệm vụ vẫn quá hạn sau đôn đốc: %s — Kế hoạch %s".formatted(taskLabel, planReference), """
                Kính gửi %s,

                Nhiệm vụ %s của Kế hoạch %s, do %s chủ trì, quá hạn từ %s; đơn vị đã được đôn đốc lúc %s
                nhưng sau %d ngày nhiệm vụ vẫn chưa hoàn thành.

                Đề nghị đồng chí xem xét, chỉ đạo xử lý.
                """.formatted(fullName, taskLabel, planReference, leadOrganization, DAY.format(due), DAY_TIME.format(urgedAt), days));
    }

    /** One plan's line in the daily digest. */
    public record DigestLine(String planReference, String planTitle, int overdueTasks, int openQuotas) {
    }

    /** The standing agency's daily digest: overdue tasks and quotas not yet filled, by count. */
    public static Message digest(String fullName, String organization, LocalDate day, List<DigestLine> lines) {
        int overdue = lines.stream().mapToInt(DigestLine::overdueTasks).sum();
        int quotas = lines.stream().mapToInt(DigestLine::openQuotas).sum();
        StringBuilder body = new StringBuilder();
        for (DigestLine l : lines) {
            body.append("- Kế hoạch ").append(l.planReference()).append(" (").append(l.planTitle()).append("): ")
                    .append(l.overdueTasks()).append(" nhiệm vụ quá hạn, ").append(l.openQuotas()).append(" chỉ tiêu đại biểu chưa đủ\n");
        }
        return message("Tổng hợp ngày %s: %d nhiệm vụ quá hạn, %d chỉ tiêu đại biểu chưa đủ".formatted(DAY.format(day), overdue, quotas), """
                Kính gửi %s,

                Tình hình các kế hoạch do %s làm cơ quan thường trực, ngày %s:
                %s
                Chi tiết xem tại mục Theo dõi tiến độ của từng kế hoạch.
                """.formatted(fullName, organization, DAY.format(day), body));
    }

    /** A webhook endpoint the deployment stopped calling after repeated failures. */
    public static Message webhookDisabled(String fullName, String url, String reason, int failures) {
        return message("Webhook đã bị tạm dừng: %s".formatted(url), """
                Kính gửi %s,

                Địa chỉ nhận sự kiện (webhook) %s của đơn vị đã bị tạm dừng sau %d lần gửi không thành công.
                Lỗi gần nhất: %s

                Sau khi khắc phục, đề nghị bật lại webhook trong mục Ứng dụng hệ thống; các sự kiện chưa gửi sẽ được gửi lại.
                """.formatted(fullName, url, failures, reason == null ? "không rõ" : reason));
    }

    private static Message message(String subject, String text) {
        String full = text.strip() + "\n" + FOOTER;
        return new Message(subject.length() > 300 ? subject.substring(0, 297) + "..." : subject, full, html(full));
    }

    /** The text as HTML: escaped, paragraphs on blank lines, line breaks kept. */
    static String html(String text) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\">");
        for (String para : text.split("\n\\s*\n")) {
            out.append("<p>").append(escape(para.strip()).replace("\n", "<br>")).append("</p>");
        }
        return out.append("</body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
