import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws PatentDesk's application icon (a claims page with a check mark on a blue tile) and writes it in the forms
 * jpackage takes: patentdesk.png (Linux), patentdesk.ico (Windows) and patentdesk.icns (macOS). Drawn at build time
 * so that the repository holds no binary icon files: {@code java -Djava.awt.headless=true MakeIcons.java OUT_DIR}.
 * The .ico and .icns files hold PNG images, which Windows Vista+ and macOS 10.7+ read.
 */
public final class MakeIcons {
    private MakeIcons() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java MakeIcons.java OUT_DIR");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        ImageIO.write(draw(256), "png", dir.resolve("patentdesk.png").toFile());
        Map<Integer, byte[]> ico = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 256}) {
            ico.put(size, png(draw(size)));
        }
        writeIco(ico, dir.resolve("patentdesk.ico"));
        Map<String, byte[]> icns = new LinkedHashMap<>();
        icns.put("ic07", png(draw(128)));
        icns.put("ic08", png(draw(256)));
        icns.put("ic09", png(draw(512)));
        writeIcns(icns, dir.resolve("patentdesk.icns"));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2F6FD6), 0, 256, new Color(0x1B3F8F)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        // The page, its folded corner and the claim lines.
        Path2D page = new Path2D.Double();
        page.moveTo(64, 40);
        page.lineTo(160, 40);
        page.lineTo(196, 76);
        page.lineTo(196, 216);
        page.lineTo(64, 216);
        page.closePath();
        g.setColor(Color.WHITE);
        g.fill(page);
        Path2D fold = new Path2D.Double();
        fold.moveTo(160, 40);
        fold.lineTo(160, 76);
        fold.lineTo(196, 76);
        fold.closePath();
        g.setColor(new Color(0xC9D6EE));
        g.fill(fold);
        g.setColor(new Color(0x9AA9C4));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int y = 84; y <= 144; y += 20) {
            g.drawLine(84, y, y == 84 ? 140 : 176, y);
        }
        // The check mark: claims that pass.
        g.setColor(new Color(0x1FA45B));
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D check = new Path2D.Double();
        check.moveTo(96, 178);
        check.lineTo(120, 200);
        check.lineTo(168, 160);
        g.draw(check);
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO: a little-endian header, one 16-byte directory entry per image, then the PNG data. */
    static void writeIco(Map<Integer, byte[]> images, Path file) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        writeLe16(buf, 0);
        writeLe16(buf, 1);
        writeLe16(buf, images.size());
        int offset = 6 + 16 * images.size();
        for (var e : images.entrySet()) {
            int size = e.getKey();
            buf.write(size >= 256 ? 0 : size); // 0 means 256
            buf.write(size >= 256 ? 0 : size);
            buf.write(0);
            buf.write(0);
            writeLe16(buf, 1);
            writeLe16(buf, 32);
            writeLe32(buf, e.getValue().length);
            writeLe32(buf, offset);
            offset += e.getValue().length;
        }
        for (byte[] data : images.values()) {
            buf.write(data);
        }
        Files.write(file, buf.toByteArray());
    }

    /** ICNS: big-endian "icns" + total length, then (type, length incl. 8-byte header, PNG data) per image. */
    static void writeIcns(Map<String, byte[]> images, Path file) throws IOException {
        int total = 8 + images.values().stream().mapToInt(d -> d.length + 8).sum();
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeBytes("icns");
            out.writeInt(total);
            for (var e : images.entrySet()) {
                out.writeBytes(e.getKey());
                out.writeInt(e.getValue().length + 8);
                out.write(e.getValue());
            }
        }
    }

    private static void writeLe16(OutputStream out, int v) throws IOException {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
    }

    private static void writeLe32(OutputStream out, int v) throws IOException {
        writeLe16(out, v & 0xffff);
        writeLe16(out, v >>> 16);
    }
}
