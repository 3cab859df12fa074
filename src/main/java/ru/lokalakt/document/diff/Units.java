package ru.lokalakt.document.diff;

import ru.lokalakt.document.Block;
import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.Clause;
import ru.lokalakt.document.ClauseNumbering;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Inlines;
import ru.lokalakt.document.PageBreak;
import ru.lokalakt.document.Paragraph;
import ru.lokalakt.document.Section;
import ru.lokalakt.document.Style;

import java.util.ArrayList;
import java.util.List;

/** A regulation's normative text as a list of {@link Unit}s in document order, and their numbers. */
public final class Units {
    private Units() {
    }

    /**
     * The title (the subtitle paragraph that names the regulation), then every section heading and clause. The
     * approval block, marks and signatures are not the text an amending order changes and are left out; so is
     * anything after a page break that restarts the numbering (an appendix).
     */
    public static List<Unit> of(Document document) {
        List<Unit> out = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof PageBreak pb && pb.restartNumbering() && !out.isEmpty()) {
                break;
            }
            if (block instanceof Paragraph p && p.style() == Style.SUBTITLE && out.isEmpty()) {
                out.add(new Unit(Unit.Kind.TITLE, 0, List.of(plain(p.content()))));
            }
            collect(block, 0, out);
        }
        return out;
    }

    private static void collect(Block block, int level, List<Unit> out) {
        if (block instanceof Section section) {
            out.add(new Unit(Unit.Kind.HEADING, level, List.of(plain(section.title()))));
            for (Block b : section.blocks()) {
                collect(b, level + 1, out);
            }
        } else if (block instanceof Clause clause) {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(plain(clause.content()));
            List<Clause> nested = new ArrayList<>();
            for (Block b : clause.blocks()) {
                if (b instanceof Clause c) {
                    nested.add(c);
                } else if (b instanceof Paragraph p) {
                    paragraphs.add(plain(p.content()));
                } else if (b instanceof BulletList list) {
                    items(list, paragraphs);
                }
            }
            out.add(new Unit(Unit.Kind.CLAUSE, level, paragraphs));
            for (Clause c : nested) {
                collect(c, level + 1, out);
            }
        }
    }

    /**
     * A paragraph's words as the profile spells them, without the typesetting the document already had: no-break
     * spaces and hyphens become plain ones, word joiners go, nested quotation marks „…“ read as «…». An order that
     * quotes the text is typeset again as a whole, so nothing is lost, and a phrase of the profile is found as it is.
     */
    static String plain(List<ru.lokalakt.document.Inline> content) {
        return Inlines.plainText(content).replace('\u00A0', ' ').replace("\u2060", "").replace('\u2011', '-')
                .replace('„', '«').replace('“', '»');
    }

    private static void items(BulletList list, List<String> out) {
        for (BulletList.Item item : list.items()) {
            out.add(plain(item.content()));
            for (BulletList nested : item.nested()) {
                items(nested, out);
            }
        }
    }

    /** The number of each unit («2.3», «4»), the way {@link ClauseNumbering} numbers them; empty for the title. */
    public static List<String> labels(List<Unit> units) {
        List<String> out = new ArrayList<>(units.size());
        ClauseNumbering numbering = new ClauseNumbering();
        for (Unit u : units) {
            if (u.kind() == Unit.Kind.TITLE) {
                out.add("");
            } else {
                String label = numbering.next(u.level());
                out.add(label.substring(0, label.length() - 1));
            }
        }
        return out;
    }
}
