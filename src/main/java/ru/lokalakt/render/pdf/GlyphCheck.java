package ru.lokalakt.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import ru.lokalakt.document.Block;
import ru.lokalakt.document.BlockVisitor;
import ru.lokalakt.document.BottomNote;
import ru.lokalakt.document.Columns;
import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.Clause;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Inline;
import ru.lokalakt.document.Inlines;
import ru.lokalakt.document.PageBreak;
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
            block.accept(EVERY_TEXT);
        }
    }

    private static final BlockVisitor<Void, RuntimeException> EVERY_TEXT = new BlockVisitor<>() {
        @Override
        public Void paragraph(Paragraph p) {
            check(p.content());
            return null;
        }

        @Override
        public Void section(Section s) {
            check(s.title());
            s.blocks().forEach(b -> b.accept(this));
            return null;
        }

        @Override
        public Void clause(Clause c) {
            check(c.content());
            c.blocks().forEach(b -> b.accept(this));
            return null;
        }

        @Override
        public Void bulletList(BulletList l) {
            for (BulletList.Item item : l.items()) {
                check(item.content());
                item.nested().forEach(this::bulletList);
            }
            return null;
        }

        @Override
        public Void splitLine(SplitLine s) {
            check(s.left());
            check(s.right());
            return null;
        }

        @Override
        public Void columns(Columns c) {
            check(c.left().content());
            check(c.right().content());
            return null;
        }

        @Override
        public Void table(Table t) {
            t.header().forEach(GlyphCheck::check);
            t.rows().forEach(r -> r.forEach(GlyphCheck::check));
            return null;
        }

        @Override
        public Void bottomNote(BottomNote n) {
            check(n.content());
            return null;
        }

        @Override
        public Void pageBreak(PageBreak pageBreak) {
            return null;
        }
    };

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
            // U+2011 is drawn as a hyphen; a word joiner is not drawn.
            if (cp != '\n' && cp != '\u2011' && cp != ru.lokalakt.russian.Words.WORD_JOINER && !drawable(cp)) {
                int from = Math.max(0, i - 30);
                throw new RenderException(String.format("в шрифте Liberation Serif нет символа U+%04X «%s» в тексте «…%s…»",
                        cp, new String(Character.toChars(cp)), text.substring(from, Math.min(text.length(), i + 30))));
            }
            i += Character.charCount(cp);
        }
    }
}
