package vn.safeonline.attendeeimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.safeonline.common.Text;
import vn.safeonline.quota.InviteeCategory;

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

    /** The template for a category, as .xlsx: the headers it takes (the pupils' fields only for minors; * marks what is required). */
    public static byte[] template(InviteeCategory category) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "An toan truc tuyen", "1.0");
            Worksheet ws = wb.newWorksheet("Danh sách");
            int col = 0;
            for (Map.Entry<String, String> h : HEADERS.entrySet()) {
                boolean student = List.of("school", "grade", "guardianName", "guardianPhone", "difficultCircumstances").contains(h.getKey());
                if (student && !category.minors) continue;
                ws.value(0, col, h.getValue() + (h.getKey().equals("fullName") || (student && category.minors && List.of("school", "grade").contains(h.getKey())) ? " *" : ""));
                ws.style(0, col).bold().fillColor("DDEBF7").set();
                ws.width(col, 24);
                col++;
            }
            ws.value(1, 0, "Nguyễn Văn An");
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
