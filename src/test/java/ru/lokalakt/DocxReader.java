package ru.lokalakt;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.Tbl;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** Opens a produced DOCX with docx4j, as Word would, and lists its paragraphs. */
public final class DocxReader {
    public record Para(String style, Integer numId, Integer level, String text, boolean inTable, int table) {
        public boolean numbered() {
            return numId != null;
        }
    }

    private DocxReader() {
    }

    public static WordprocessingMLPackage open(byte[] docx) throws Exception {
        return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    }

    public static List<Para> paragraphs(byte[] docx) throws Exception {
        WordprocessingMLPackage pkg = open(docx);
        List<Para> out = new ArrayList<>();
        int tables = 0;
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            Object v = o instanceof jakarta.xml.bind.JAXBElement<?> e ? e.getValue() : o;
            if (v instanceof P p) {
                out.add(para(p, -1));
            } else if (v instanceof Tbl tbl) {
                tables++;
                for (Object row : tbl.getContent()) {
                    for (Object cell : ((org.docx4j.wml.Tr) unwrap(row)).getContent()) {
                        for (Object cp : ((org.docx4j.wml.Tc) unwrap(cell)).getContent()) {
                            if (unwrap(cp) instanceof P p) {
                                out.add(para(p, tables));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Object unwrap(Object o) {
        return o instanceof jakarta.xml.bind.JAXBElement<?> e ? e.getValue() : o;
    }

    private static Para para(P p, int table) {
        PPr ppr = p.getPPr();
        String style = ppr != null && ppr.getPStyle() != null ? ppr.getPStyle().getVal() : null;
        Integer numId = null;
        Integer level = null;
        if (ppr != null && ppr.getNumPr() != null) {
            numId = ppr.getNumPr().getNumId().getVal().intValue();
            level = ppr.getNumPr().getIlvl().getVal().intValue();
        }
        return new Para(style, numId, level, text(p), table >= 0, table);
    }

    /**
     * Runs' text with a line break or a tab read as white space, a non-breaking hyphen as a hyphen; a word joiner
     * (U+2060, after an address's hyphen) is not seen.
     */
    private static String text(P p) {
        StringBuilder sb = new StringBuilder();
        for (Object o : p.getContent()) {
            if (unwrap(o) instanceof org.docx4j.wml.R r) {
                for (Object c : r.getContent()) {
                    Object v = unwrap(c);
                    if (v instanceof org.docx4j.wml.Text t) {
                        sb.append(t.getValue().replace("\u2060", ""));
                    } else if (v instanceof org.docx4j.wml.Br) {
                        sb.append('\n');
                    } else if (v instanceof org.docx4j.wml.R.Tab) {
                        sb.append('\t');
                    } else if (v instanceof org.docx4j.wml.R.NoBreakHyphen) {
                        sb.append('-');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The whole text, paragraph by paragraph. */
    public static String text(byte[] docx) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Para p : paragraphs(docx)) {
            sb.append(p.text()).append('\n');
        }
        return sb.toString();
    }
}
