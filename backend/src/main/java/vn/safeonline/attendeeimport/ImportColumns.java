package vn.safeonline.attendee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.safeonline.common.Text;

/** The columns of an attendee spreadsheet: Vietnamese headers, matched without diacritics or case. */
public final class ImportColumns {
    /** field → header, in the template's order. */
    public static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("fullName", "Họ và tên");
        HEADERS.put("position", "Chức vụ");
        HEADERS.put("unit", "Đơn vị");
        HEADERS.put("phone", "Số điện thoại");
        HEADERS.put("email", "Email");
        HEADERS.put("school", "Trường");
        HEADERS.put("grade", "Lớp");
        HEADERS.put("guardianName", "Họ tên phụ huynh");
        HEADERS.put("guardianPhone", "SĐT phụ huynh");
        HEADERS.put("difficultCircumstances", "Hoàn cảnh khó khăn");
    }

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        HEADERS.forEach((field, header) -> ALIASES.put(Text.fold(header), field));
        ALIASES.put("ho ten", "fullName");
        ALIASES.put("ten", "fullName");
        ALIASES.put("chuc danh", "position");
        ALIASES.put("co quan", "unit");
        ALIASES.put("dien thoai", "phone");
        ALIASES.put("sdt", "phone");
        ALIASES.put("so dien thoai phu huynh", "guardianPhone");
        ALIASES.put("phu huynh", "guardianName");
        ALIASES.put("hoan canh dac biet", "difficultCircumstances");
    }

    private ImportColumns() {
    }

    /** The field each column holds (null for a column we ignore). */
    public static String[] map(List<String> header) {
        String[] fields = new String[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : Text.fold(header.get(i).replace("*", ""));
            fields[i] = ALIASES.get(h);
        }
        return fields;
    }
}
