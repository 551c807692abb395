package vn.safeonline.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Images that people upload are recognised by their bytes, never by their name or declared type:
 * JPEG, PNG or WebP, with their dimensions read from the header; anything else is refused.
 */
public final class Images {
    private Images() {
    }

    private static final long MAX_DECODED_PIXELS = 4096L * 4096L;

    public record Info(String contentType, int width, int height, boolean alpha, boolean animated) {
    }

    /** The image's type and size, or null when the bytes are not a JPEG, PNG or WebP image we can read. */
    public static Info inspect(byte[] b) {
        try {
            if (b.length > 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d && b[5] == 0x0a) return png(b);
            if (b.length > 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) return jpeg(b);
            if (b.length > 30 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') return webp(b);
        } catch (RuntimeException | IOException e) {
            return null;
        }
        return null;
    }

    private static int u32(byte[] b, int i) {
        return ((b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xff) | ((b[i + 1] & 0xff) << 8);
    }

    private static int le24(byte[] b, int i) {
        return le16(b, i) | ((b[i + 2] & 0xff) << 16);
    }

    /** PNG: IHDR gives the size and colour type; tRNS gives a palette alpha; acTL marks an animation (APNG). */
    private static Info png(byte[] b) throws IOException {
        if (!(b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R')) return null;
        int width = u32(b, 16);
        int height = u32(b, 20);
        int colourType = b[25] & 0xff;
        boolean alpha = colourType == 4 || colourType == 6;
        boolean animated = false;
        int i = 8;
        while (i + 8 <= b.length) {
            int len = u32(b, i);
            if (len < 0 || i + 12L + len > b.length) return null;
            String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (type.equals("tRNS")) alpha = true;
            if (type.equals("acTL")) animated = true;
            if (type.equals("IEND")) break;
            i += 12 + len;
        }
        if (width <= 0 || height <= 0) return null;
        // small enough to decode safely (no decompression bomb): decoding proves the file is not broken
        if ((long) width * height <= MAX_DECODED_PIXELS && ImageIO.read(new ByteArrayInputStream(b)) == null) return null;
        return new Info("image/png", width, height, alpha, animated);
    }

    private static Info jpeg(byte[] b) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(b))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
            if (!readers.hasNext()) return null;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new Info("image/jpeg", reader.getWidth(0), reader.getHeight(0), false, false);
            } finally {
                reader.dispose();
            }
        }
    }

    /** WebP: the VP8, VP8L or VP8X chunk header gives the size; VP8X flags say alpha and animation. */
    private static Info webp(byte[] b) {
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> new Info("image/webp", le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff, false, false);
            case "VP8L" -> {
                int bits = (b[21] & 0xff) | ((b[22] & 0xff) << 8) | ((b[23] & 0xff) << 16) | ((b[24] & 0xff) << 24);
                yield new Info("image/webp", (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1, true, false);
            }
            case "VP8X" -> new Info("image/webp", le24(b, 24) + 1, le24(b, 27) + 1, (b[20] & 0x10) != 0, (b[20] & 0x02) != 0);
            default -> null;
        };
    }
}
