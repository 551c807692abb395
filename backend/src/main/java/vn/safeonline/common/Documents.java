package vn.safeonline.common;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.BaseFont;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Shared pieces of the documents we produce: QR codes, the Vietnamese-capable font, spreadsheet-safe text. */
public final class Documents {
    /** The media type of an .xlsx workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static volatile BaseFont serif;
    private static volatile BaseFont serifBold;

    private Documents() {
    }

    /** A QR code as PNG, with margin and medium error correction (survives a creased printout). */
    public static byte[] qrPng(String content, int size) {
        try {
            BitMatrix m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
            BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Liberation Serif: the metrics of Times New Roman (Decree 30) and every Vietnamese letter. Embedded. */
    public static BaseFont serif(boolean bold) {
        try {
            if (bold) {
                if (serifBold == null) serifBold = BaseFont.createFont("liberation/LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                return serifBold;
            }
            if (serif == null) serif = BaseFont.createFont("liberation/LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            return serif;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, BaseFont> SERIF_STYLES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Liberation Serif in one of its four styles (the date line and "Nơi nhận:" of an official document are italic). */
    public static BaseFont serif(boolean bold, boolean italic) {
        if (!italic) return serif(bold);
        String file = bold ? "liberation/LiberationSerif-BoldItalic.ttf" : "liberation/LiberationSerif-Italic.ttf";
        return SERIF_STYLES.computeIfAbsent(file, f -> {
            try {
                return BaseFont.createFont(f, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Text from users goes into a spreadsheet as text: a leading = + - @ would make Excel run it as a formula. */
    public static String cell(String s) {
        if (s == null || s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
