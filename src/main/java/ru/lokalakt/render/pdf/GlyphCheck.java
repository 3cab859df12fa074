package ru.lokalakt.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import ru.lokalakt.document.Block;
import ru.lokalakt.document.BottomNote;
import ru.lokalakt.document.Columns;
import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.Clause;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Inline;
import ru.lokalakt.document.Inlines;
import ru.lokalakt.document.Paragraph;
import ru.lokalakt.document.Section;
import ru.lokalakt.document.SplitLine;
import ru.lokalakt.document.Table;
import ru.lokalakt.render.RenderException;

import java.util.List;

/** A character the font cannot draw is an error that names it and where it stands, never a silent blank. */
final class GlyphCheck {
    private static final BaseFont FONT = PdfFonts.forDocument().regular;
    /**
     * The font's answer per character of the Basic Multilingual Plane (0 not asked yet, 1 yes, 2 no), asked once
     * per character instead of per letter. Threads may race to fill a slot; they write the same value.
     */
    private static final byte[] DRAWABLE = new byte[0x10000];

    private GlyphCheck() {
    }

    static void requireGlyphs(Document document) {
        for (Block block : document.blocks()) {
            check(block);
        }
    }

    private static void check(Block block) {
        if (block instanceof Paragraph p) {
            check(p.content());
        } else if (block instanceof Section s) {
            check(s.title());
            s.blocks().forEach(GlyphCheck::check);
        } else if (block instanceof Clause c) {
            check(c.content());
            c.blocks().forEach(GlyphCheck::check);
        } else if (block instanceof BulletList l) {
            for (BulletList.Item item : l.items()) {
                check(item.content());
                item.nested().forEach(GlyphCheck::check);
            }
        } else if (block instanceof SplitLine s) {
            check(s.left());
            check(s.right());
        } else if (block instanceof Columns c) {
            check(c.left());
            check(c.right());
        } else if (block instanceof BottomNote n) {
            check(n.content());
        } else if (block instanceof Table t) {
            t.header().forEach(GlyphCheck::check);
            t.rows().forEach(r -> r.forEach(GlyphCheck::check));
        }
    }

    private static boolean drawable(int cp) {
        if (cp >= DRAWABLE.length) {
            return FONT.charExists(cp);
        }
        if (DRAWABLE[cp] == 0) {
            DRAWABLE[cp] = (byte) (FONT.charExists(cp) ? 1 : 2);
        }
        return DRAWABLE[cp] == 1;
    }

    private static void check(List<Inline> inlines) {
        check(Inlines.plainText(inlines));
    }

    private static void check(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp != '\n' && !drawable(cp)) {
                int from = Math.max(0, i - 30);
                throw new RenderException(String.format("в шрифте Liberation Serif нет символа U+%04X «%s» в тексте «…%s…»",
                        cp, new String(Character.toChars(cp)), text.substring(from, Math.min(text.length(), i + 30))));
            }
            i += Character.charCount(cp);
        }
    }
}
