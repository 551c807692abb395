package vn.safeonline.planimport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.ProblemType;

/**
 * The text of a plan's document, recognised by its bytes (not its name): plain UTF-8 text, a .docx (read as
 * the zip of XML it is, with limits against zip bombs and no DTDs), or a PDF with a text layer; a scanned PDF
 * goes through Tesseract's Vietnamese model when the machine has it.
 */
public final class SourceText {
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    static final long MAX_UNZIPPED = 40L * 1024 * 1024;
    static final int MAX_ENTRIES = 2000;
    static final int MAX_RATIO = 100;
    static final int MAX_PAGES = 60;
    static final int MAX_CHARS = 400_000;

    public enum Kind { TEXT, DOCX, PDF, OCR }

    public record Extracted(Kind kind, String text) {
    }

    private SourceText() {
    }

    public static Extracted of(byte[] bytes) {
        if (bytes.length == 0) throw ApiException.unprocessable("file", "Empty", "Tệp rỗng");
        if (bytes.length > MAX_BYTES) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Tệp lớn hơn 20 MB");
        if (startsWith(bytes, "%PDF-")) return pdf(bytes);
        if (startsWith(bytes, "PK\u0003\u0004")) return new Extracted(Kind.DOCX, docx(bytes));
        return new Extracted(Kind.TEXT, text(bytes));
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if (bytes[i] != (byte) magic.charAt(i)) return false;
        return true;
    }

    /** UTF-8 text (a BOM allowed); a binary file renamed .txt is refused. */
    public static String text(byte[] bytes) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(ProblemType.UNSUPPORTED_FILE, "Tệp không phải văn bản UTF-8, .docx hay .pdf");
        }
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        long control = s.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 0) throw new ApiException(ProblemType.UNSUPPORTED_FILE, "Tệp chứa dữ liệu nhị phân, không phải văn bản");
        return limit(s);
    }

    private static String limit(String s) {
        if (s.isBlank()) throw ApiException.unprocessable("file", "Empty", "Văn bản không có nội dung chữ");
        if (s.length() > MAX_CHARS) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Văn bản dài hơn " + MAX_CHARS + " ký tự");
        return s;
    }

    /** word/document.xml of a .docx: paragraphs become lines (table cells too), tabs and breaks kept. */
    static String docx(byte[] bytes) {
        byte[] document = null;
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) throw bomb();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[64 * 1024];
                int n;
                boolean keep = e.getName().equals("word/document.xml");
                while ((n = zip.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_UNZIPPED || total > (long) bytes.length * MAX_RATIO + 1024 * 1024) throw bomb();
                    if (keep) out.write(buf, 0, n);
                }
                if (keep) document = out.toByteArray();
            }
        } catch (IOException | IllegalArgumentException e) { // a zip entry whose name is not UTF-8: not a Word file
            throw new ApiException(ProblemType.UNSUPPORTED_FILE, "Tệp .docx bị hỏng");
        }
        if (document == null) throw new ApiException(ProblemType.UNSUPPORTED_FILE, "Tệp nén không phải .docx (thiếu word/document.xml)");
        return limit(wordXml(document));
    }

    private static ApiException bomb() {
        return new ApiException(ProblemType.FILE_TOO_LARGE, "Tệp .docx giải nén quá lớn (nghi là “bom nén”)");
    }

    private static String wordXml(byte[] xml) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        StringBuilder out = new StringBuilder();
        try {
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
            boolean inText = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) throw doctype(r.getText());
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) throw doctype("<!ENTITY");
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("t")) inText = true;
                    else if (name.equals("tab")) out.append('\t');
                    else if (name.equals("br") || name.equals("cr")) out.append('\n');
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("t")) inText = false;
                    else if (name.equals("p")) out.append('\n');
                } else if (ev == XMLStreamConstants.CHARACTERS && inText) {
                    out.append(r.getText());
                    if (out.length() > MAX_CHARS) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Văn bản dài hơn " + MAX_CHARS + " ký tự");
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ApiException api) throw api;
            throw new ApiException(ProblemType.UNSUPPORTED_FILE, "Nội dung .docx không đọc được");
        }
        return out.toString();
    }

    /**
     * Word never writes a DOCTYPE: one in word/document.xml is refused, never read (SUPPORT_DTD is off, so no entity
     * it declares is resolved), and one that declares entities is named for what it is (an XXE attempt).
     */
    private static ApiException doctype(String dtd) {
        boolean entity = dtd != null && dtd.contains("<!ENTITY");
        return ApiException.unprocessable("file", entity ? "ExternalEntity" : "Doctype", entity
                ? "Tài liệu khai báo thực thể ngoài (external entity) — không được phép"
                : "Tài liệu .docx có khai báo DOCTYPE, Word không tạo ra khai báo này");
    }

    static Extracted pdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
            if (doc.getNumberOfPages() > MAX_PAGES) throw new ApiException(ProblemType.FILE_TOO_LARGE, "Tệp PDF dài hơn " + MAX_PAGES + " trang");
            String text = new PDFTextStripper().getText(doc);
            long letters = text.chars().filter(Character::isLetter).count();
            if (letters >= 40L * doc.getNumberOfPages()) return new Extracted(Kind.PDF, limit(text));
            if (!Ocr.available()) {
                throw ApiException.unprocessable("file", "NoTextLayer",
                        "Tệp PDF là ảnh quét, không có lớp chữ; máy chủ chưa cài Tesseract (tesseract-ocr, tesseract-ocr-vie) để nhận dạng. Hãy gửi PDF có lớp chữ, .docx hoặc dán văn bản");
            }
            StringBuilder out = new StringBuilder();
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                // 200 dpi: 13–14 pt Times (Decree 30) is large enough for Tesseract, at half the time of 300 dpi
                out.append(Ocr.read(renderer.renderImageWithDPI(i, 200, ImageType.GRAY))).append('\n');
            }
            return new Extracted(Kind.OCR, limit(out.toString()));
        } catch (IOException e) {
            throw new ApiException(ProblemType.UNSUPPORTED_FILE, "Tệp PDF bị hỏng hoặc có mật khẩu");
        }
    }

    /** Tesseract with the Vietnamese model, when installed (Debian: tesseract-ocr, tesseract-ocr-vie). */
    static final class Ocr {
        private static volatile Boolean available;

        static boolean available() {
            if (available == null) {
                try {
                    Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    available = p.waitFor(10, TimeUnit.SECONDS) && out.lines().anyMatch(l -> l.trim().equals("vie"));
                } catch (IOException e) {
                    available = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return available;
        }

        static String read(BufferedImage page) throws IOException {
            Path png = Files.createTempFile("plan-ocr", ".png");
            try {
                ImageIO.write(page, "png", png.toFile());
                Process p = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "vie").redirectError(ProcessBuilder.Redirect.DISCARD).start();
                byte[] out;
                try (InputStream in = p.getInputStream()) {
                    out = in.readAllBytes();
                }
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new ApiException(ProblemType.UNPROCESSABLE, "Nhận dạng chữ quá lâu");
                }
                return new String(out, StandardCharsets.UTF_8);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } finally {
                Files.deleteIfExists(png);
            }
        }
    }

    /** Lines of the text, NFC, without NULs, markdown emphasis and heading marks kept out of the way. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : java.text.Normalizer.normalize(text.replace("\0", ""), java.text.Normalizer.Form.NFC).split("\r\n|\r|\n|\f", -1)) {
            out.add(l.replace('\t', ' ').replace('\u00A0', ' '));
        }
        return out;
    }
}
