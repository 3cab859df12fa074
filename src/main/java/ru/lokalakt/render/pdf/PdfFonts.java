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
 * Identity-H. Parsing a font costs milliseconds, so each thread keeps its own parsed set and renders share no
 * state; before each document the subset-prefix generator is seeded afresh, so the same document always gets
 * the same prefix whatever was rendered before it.
 */
final class PdfFonts {
    private static final ThreadLocal<PdfFonts> PER_THREAD = ThreadLocal.withInitial(PdfFonts::new);

    /** This thread's fonts, ready for a new document. */
    static PdfFonts forDocument() {
        PdfFonts fonts = PER_THREAD.get();
        fonts.reseed();
        return fonts;
    }

    private static final byte[] REGULAR = load("LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = load("LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = load("LiberationSerif-Italic.ttf");
    private static final byte[] BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    final BaseFont boldItalic;

    private PdfFonts() {
        regular = create("LiberationSerif-Regular.ttf", REGULAR);
        bold = create("LiberationSerif-Bold.ttf", BOLD);
        italic = create("LiberationSerif-Italic.ttf", ITALIC);
        boldItalic = create("LiberationSerif-BoldItalic.ttf", BOLD_ITALIC);
    }

    /**
     * The height of a line of type {@code size} at Word's «single» spacing: the font's ascent, descent and line
     * gap (its hhea table), in whole twentieths of a point as Word and LibreOffice keep it — 16.1 pt at 14 pt.
     */
    float lineHeight(float size) {
        float h = regular.getFontDescriptor(BaseFont.AWT_ASCENT, size) - regular.getFontDescriptor(BaseFont.AWT_DESCENT, size)
                + regular.getFontDescriptor(BaseFont.AWT_LEADING, size);
        return Math.round(h * 20) / 20f;
    }

    /** How far the baseline stands above the bottom of a line of type {@code size}: the font's descent. */
    float descent(float size) {
        return -regular.getFontDescriptor(BaseFont.AWT_DESCENT, size);
    }

    private void reseed() {
        for (BaseFont font : new BaseFont[]{regular, bold, italic, boldItalic}) {
            font.setSecureRandom(seeded(font.getPostscriptFontName()));
        }
    }

    private static SecureRandom seeded(String name) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
            return font;
        } catch (DocumentException | IOException e) {
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
