package ru.lokalakt.render;

import jakarta.xml.bind.JAXBElement;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.Test;
import ru.lokalakt.DocxReader;
import ru.lokalakt.DocxReaderText;
import ru.lokalakt.Examples;
import ru.lokalakt.document.Style;
import ru.lokalakt.render.docx.DocxRenderer;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DOCX states the break rules the PDF's paginator applies, so that Word breaks its pages by the same rules:
 * every style with widow and orphan control, «keep with next» and «keep lines together» where the style table
 * says, no table row split, the paragraph before a signature kept with it.
 */
class DocxBreakRulesTest {
    private static boolean on(BooleanDefaultTrue b) {
        return b != null && b.isVal();
    }

    private static WordprocessingMLPackage order(String id) throws Exception {
        return DocxReader.open(new DocxRenderer().render(Examples.generator().document(Examples.load(id), "sferum/prikaz")));
    }

    @Test
    void everyStyleStatesItsBreakRules() throws Exception {
        WordprocessingMLPackage pkg = order("litsey-derzhava");
        int seen = 0;
        for (org.docx4j.wml.Style s : pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle()) {
            for (Style ours : Style.values()) {
                if (ours.id().equals(s.getStyleId())) {
                    seen++;
                    assertTrue(on(s.getPPr().getWidowControl()), ours + " has widow control");
                    assertEquals(ours.keepWithNext(), on(s.getPPr().getKeepNext()), ours + " keep with next");
                    assertEquals(ours.keepLines(), on(s.getPPr().getKeepLines()), ours + " keep lines together");
                }
            }
        }
        assertEquals(Style.values().length, seen, "every style of the table is in styles.xml");
        assertTrue(Style.HEADING.keepWithNext() && Style.HEADING.keepLines() && Style.APPROVAL.keepLines()
                && Style.TITLE.keepLines() && !Style.BODY.keepWithNext(), "headings, titles and stamps are kept");
    }

    @Test
    void noTableRowSplitsAndTheTextStaysWithTheSignature() throws Exception {
        // The kindergarten signs electronically: the stamp's frame stands in the signature's row, between the position
        // and the name.
        WordprocessingMLPackage pkg = order("detsad-44");
        List<Object> body = new ArrayList<>();
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            body.add(o instanceof JAXBElement<?> e ? e.getValue() : o);
        }
        int rows = 0;
        for (Object o : body) {
            if (o instanceof Tbl t) {
                for (Object r : t.getContent()) {
                    Tr tr = (Tr) (r instanceof JAXBElement<?> e ? e.getValue() : r);
                    rows++;
                    assertTrue(tr.getTrPr().getCnfStyleOrDivIdOrGridBefore().stream()
                            .anyMatch(x -> x.getName().getLocalPart().equals("cantSplit")),
                            "row " + rows + " may not split");
                }
            }
        }
        assertTrue(rows >= 9, "the acknowledgement sheet's rows were looked at: " + rows);
        int signature = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof org.docx4j.wml.Tbl t && org.docx4j.TextUtils.getText(t).contains("ДОКУМЕНТ ПОДПИСАН")) {
                signature = i;
            }
        }
        assertTrue(signature > 0, "the order is signed");
        P before = (P) body.get(signature - 1);
        org.docx4j.wml.Tbl signed = (org.docx4j.wml.Tbl) body.get(signature);
        assertTrue(DocxReaderText.of(before).startsWith("Контроль"), DocxReaderText.of(before));
        assertTrue(on(before.getPPr().getKeepNext()), "the last clause is kept with the signature");
        org.docx4j.wml.Tr row = (org.docx4j.wml.Tr) signed.getContent().get(0);
        List<String> styles = new ArrayList<>();
        for (Object cell : row.getContent()) {
            org.docx4j.wml.Tc tc = (org.docx4j.wml.Tc) (cell instanceof jakarta.xml.bind.JAXBElement<?> e ? e.getValue() : cell);
            styles.add(((P) tc.getContent().get(0)).getPPr().getPStyle().getVal());
        }
        assertEquals(List.of(Style.SIGNATURE.id(), Style.STAMP.id(), Style.SIGNATURE.id()), styles,
                "position, the stamp in the signature's place, the name");
    }
}
