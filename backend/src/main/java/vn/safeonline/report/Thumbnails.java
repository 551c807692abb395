package vn.safeonline.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Small JPEGs of uploaded photos for a document: decoded with subsampling (a 12,000-pixel photo never becomes a
 * 500 MB bitmap), then scaled to fit a box, on white (a transparent PNG has no black background in print).
 */
final class Thumbnails {
    private Thumbnails() {
    }

    /** A small JPEG: its bytes and size in pixels. */
    record Thumbnail(byte[] jpeg, int width, int height) {
    }

    /** The image scaled to fit max × max pixels as JPEG, or null when it cannot be read (an unsupported or broken file). */
    static Thumbnail of(byte[] data, int max) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            if (in == null) return null;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return null;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) return null;
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(w, h) / (2 * max));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage src = reader.read(0, param);
                double scale = Math.min(1.0, (double) max / Math.max(src.getWidth(), src.getHeight()));
                int tw = Math.max(1, (int) Math.round(src.getWidth() * scale));
                int th = Math.max(1, (int) Math.round(src.getHeight() * scale));
                BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = out.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, tw, th);
                g.drawImage(src, 0, 0, tw, th, null);
                g.dispose();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                if (!ImageIO.write(out, "jpeg", bytes)) return null;
                return new Thumbnail(bytes.toByteArray(), tw, th);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
