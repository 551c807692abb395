package vn.safeonline.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.safeonline.common.Num;
import vn.safeonline.task.TaskStatus;

/** How Vietnamese administrative documents write dates, numbers and task states. */
final class VnFormat {
    static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VnFormat() {
    }

    /**
     * "ngày 05 tháng 01 năm 2020", "ngày 29 tháng 6 năm 2019": days below 10 and the months January and February
     * take a leading zero, months 3–12 do not (Decree 30, Phụ lục I §II.4).
     */
    static String longDate(LocalDate d) {
        int m = d.getMonthValue();
        return "ngày " + String.format("%02d", d.getDayOfMonth()) + " tháng " + (m <= 2 ? String.format("%02d", m) : Integer.toString(m))
                + " năm " + d.getYear();
    }

    /** "Cần Thơ, ngày 23 tháng 11 năm 2026"; without a place, the date alone. */
    static String placeDate(String place, LocalDate d) {
        String date = longDate(d);
        return place == null || place.isBlank() ? capitalise(date) : place + ", " + date;
    }

    /** "17/10/2025", as body text cites dates. */
    static String date(LocalDate d) {
        return d == null ? "" : SHORT.format(d);
    }

    /** 61.4 → "61,4"; 100 → "100" (a decimal comma, as Vietnamese writes it). */
    static String number(BigDecimal v) {
        return v == null ? "" : Num.plain(v).toPlainString().replace('.', ',');
    }

    static String upper(String s) {
        return s == null ? null : s.toUpperCase(VI);
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }

    /** "Triển khai Chiến dịch…" → "triển khai Chiến dịch…", to follow "về" in a sentence. */
    static String decapitalise(String s) {
        if (s == null || s.length() < 2) return s;
        // keep acronyms and names that are upper-case in their second letter too ("UBND", "KOLs")
        if (Character.isUpperCase(s.charAt(1))) return s;
        return s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    static String status(TaskStatus s) {
        return switch (s) {
            case NOT_STARTED -> "Chưa thực hiện";
            case IN_PROGRESS -> "Đang thực hiện";
            case OVERDUE -> "Quá hạn";
            case DONE_ON_TIME -> "Hoàn thành đúng hạn";
            case DONE_LATE -> "Hoàn thành chậm";
        };
    }
}
