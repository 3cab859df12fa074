package ru.lokalakt.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import ru.lokalakt.render.RenderException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Liberation Serif (metric-compatible with Times New Roman) from the openpdf-fonts-extra jar: embedded, subset,
 * Identity-H. Each document gets its own font objects whose subset prefix comes from a seeded generator, so the
 * same document always gets the same prefix and parallel renders share no state.
 */
final class PdfFonts {
    private static final byte[] REGULAR = load("LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = load("LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = load("LiberationSerif-Italic.ttf");
    private static final byte[] BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    final BaseFont boldItalic;

    PdfFonts() {
        regular = create("LiberationSerif-Regular.ttf", REGULAR);
        bold = create("LiberationSerif-Bold.ttf", BOLD);
        italic = create("LiberationSerif-Italic.ttf", ITALIC);
        boldItalic = create("LiberationSerif-BoldItalic.ttf", BOLD_ITALIC);
    }

    BaseFont pick(boolean isBold, boolean isItalic) {
        if (isBold) {
            return isItalic ? boldItalic : bold;
        }
        return isItalic ? italic : regular;
    }

    private static BaseFont create(String name, byte[] bytes) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSubset(true);
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            font.setSecureRandom(seeded);
            return font;
        } catch (DocumentException | IOException | NoSuchAlgorithmException e) {
            throw new RenderException("шрифт " + name + " не загружается: " + e.getMessage(), e);
        }
    }

    private static byte[] load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("нет шрифта /liberation/" + file + " (зависимость openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
