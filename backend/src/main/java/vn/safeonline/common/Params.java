package vn.safeonline.common;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Query parameter parsing with a 400 that names the parameter and the allowed values. */
public final class Params {
    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.field(name, "UnknownValue", "Giá trị '" + value + "' không hợp lệ; cho phép: " + allowed);
        }
    }

    /** The query parameter of the lists a system syncs: rows changed at or after this RFC 3339 instant. */
    public static final String UPDATED_SINCE = "updatedSince";
    public static final String UPDATED_SINCE_DOC = "only rows changed at or after this instant (RFC 3339, e.g. 2026-05-27T08:00:00+07:00), "
            + "cancelled and replaced ones included, sorted by updatedAt; keep the newest updatedAt you saw and send it next time";

    /** An RFC 3339 instant, or null when absent; anything else is a 400 naming the parameter. */
    public static OffsetDateTime instant(String value, String name) {
        if (value == null || value.isBlank()) return null;
        String shown = "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.field(name, "InvalidInstant", shown + " không phải thời điểm RFC 3339 (ví dụ 2026-05-27T08:00:00+07:00)",
                    shown + " is not an RFC 3339 instant (for example 2026-05-27T08:00:00+07:00)");
        }
        // Java reads years up to ±999,999,999; PostgreSQL's timestamptz stops at 4713 BC and 294276 AD: years 1–9999 are what a sync means
        if (at.getYear() < 1 || at.getYear() > 9999) {
            throw ApiException.field(name, "InstantOutOfRange", shown + " nằm ngoài khoảng năm 1–9999", shown + " is outside the years 1–9999");
        }
        return at;
    }
}
