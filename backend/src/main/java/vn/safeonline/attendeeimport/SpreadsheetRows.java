package vn.safeonline.attendeeimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.ProblemType;

/**
 * Streams the rows of an .xlsx or .csv file one at a time (never the whole file in memory). A cell
 * is its text; a formula cell becomes {@link #FORMULA} + its formula, so that it can be refused.
 */
public final class SpreadsheetRows implements AutoCloseable, Iterator<List<String>> {
    public static final String FORMULA = "\u0000formula:";

    public enum Format { XLSX, CSV }

    private final AutoCloseable resource;
    private final Stream<?> stream;
    private final Iterator<List<String>> rows;

    private SpreadsheetRows(AutoCloseable resource, Stream<?> stream, Iterator<List<String>> rows) {
        this.resource = resource;
        this.stream = stream;
        this.rows = rows;
    }

    /** The format by content, not by name: a zip for .xlsx, UTF-8 text for .csv. */
    public static Format sniff(Path file, String fileName) throws IOException {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String name = fileName == null ? "" : fileName.toLowerCase();
        boolean zip = n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (zip) {
            if (!name.endsWith(".xlsx")) throw unsupported("Tệp nén không phải .xlsx");
            return Format.XLSX;
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) throw unsupported("Tệp nhị phân, không phải bảng tính .xlsx hoặc .csv");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try {
            // a cut multi-byte character at the end of the sample is fine
            utf8.decode(java.nio.ByteBuffer.wrap(head, 0, Math.max(0, n - (n == head.length ? 4 : 0))));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw unsupported("Tệp CSV phải mã hóa UTF-8");
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) throw unsupported("Tệp mang đuôi Excel nhưng không phải tệp .xlsx");
        return Format.CSV;
    }

    private static ApiException unsupported(String detail) {
        return new ApiException(ProblemType.UNSUPPORTED_FILE, detail + ". Chỉ nhận tệp .xlsx hoặc .csv (UTF-8) theo mẫu.");
    }

    public static SpreadsheetRows open(Path file, Format format) throws IOException {
        if (format == Format.XLSX) {
            ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
            Stream<Row> stream = wb.getFirstSheet().openStream();
            Iterator<Row> it = stream.iterator();
            Iterator<List<String>> rows = new Iterator<>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public List<String> next() {
                    Row row = it.next();
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell c = row.getCell(i);
                        if (c == null) cells.add(null);
                        else if (c.getType() == CellType.FORMULA) cells.add(FORMULA + c.getFormula());
                        else cells.add(c.getText());
                    }
                    return cells;
                }
            };
            return new SpreadsheetRows(wb, stream, rows);
        }
        InputStream in = Files.newInputStream(file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
        java.io.PushbackReader pr = new java.io.PushbackReader(reader, 1);
        int first = pr.read();
        if (first != -1 && first != '\uFEFF') pr.unread(first);
        char delimiter = detectDelimiter(file);
        CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get().parse(pr);
        Iterator<CSVRecord> it = parser.iterator();
        Iterator<List<String>> rows = new Iterator<>() {
            public boolean hasNext() {
                return it.hasNext();
            }

            public List<String> next() {
                return it.next().toList();
            }
        };
        return new SpreadsheetRows(parser, null, rows);
    }

    /** Excel in a Vietnamese locale writes ';'. A header longer than 64 KB is not a header. */
    private static char detectDelimiter(Path file) throws IOException {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[65536];
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) return ',';
            int end = 0;
            while (end < n && buf[end] != '\n') end++;
            if (end == n && n == buf.length) {
                throw new ApiException(ProblemType.UNSUPPORTED_FILE,
                        "Không tìm thấy dòng tiêu đề (Họ và tên, …) trong 64 KB đầu tệp: tệp không phải danh sách theo mẫu");
            }
            long semicolons = 0;
            long commas = 0;
            for (int i = 0; i < end; i++) {
                if (buf[i] == ';') semicolons++;
                else if (buf[i] == ',') commas++;
            }
            return semicolons > commas ? ';' : ',';
        } catch (java.nio.charset.MalformedInputException e) {
            throw unsupported("Tệp CSV phải mã hóa UTF-8");
        }
    }

    /** Rows, counted in one streaming pass: the progress bar's denominator. */
    public static int count(Path file, Format format) throws IOException {
        int n = 0;
        try (SpreadsheetRows rows = open(file, format)) {
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public List<String> next() {
        return rows.next();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) stream.close();
        try {
            resource.close();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
