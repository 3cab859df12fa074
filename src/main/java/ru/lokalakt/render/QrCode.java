package ru.lokalakt.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The QR code requisite as modules, drawn by each renderer in its own way: vector in PDF, a PNG in DOCX. */
public final class QrCode {
    /** The printed side of the code, a size phones read from a sheet of paper. */
    public static final double SIZE_MM = 15;

    private final boolean[][] modules;

    private QrCode(boolean[][] modules) {
        this.modules = modules;
    }

    public static QrCode of(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
            boolean[][] modules = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    modules[y][x] = m.get(x, y);
                }
            }
            return new QrCode(modules);
        } catch (WriterException e) {
            throw new RenderException("QR-код не строится для «" + text + "»: " + e.getMessage(), e);
        }
    }

    public int size() {
        return modules.length;
    }

    public boolean dark(int x, int y) {
        return modules[y][x];
    }

    /** A black-and-white PNG with a quiet zone of four modules, {@code scale} pixels per module. */
    public byte[] png(int scale) {
        int quiet = 4;
        int side = (size() + 2 * quiet) * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - quiet;
                int my = y / scale - quiet;
                boolean isDark = mx >= 0 && my >= 0 && mx < size() && my < size() && dark(mx, my);
                image.setRGB(x, y, isDark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
