package ru.lokalakt.template;

import org.junit.jupiter.api.Test;
import ru.lokalakt.document.BulletList;
import ru.lokalakt.document.Clause;
import ru.lokalakt.document.ClauseNumbering;
import ru.lokalakt.document.Document;
import ru.lokalakt.document.Paragraph;
import ru.lokalakt.document.Section;
import ru.lokalakt.document.Style;
import ru.lokalakt.document.Text;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentReaderTest {
    private static final String HEAD = "<document title=\"T\" author=\"A\" date=\"2024-02-02\">";

    @Test
    void readsTheTreeAndCollapsesTemplateWhiteSpace() {
        Document d = DocumentReader.read(HEAD + """
                <p style="title">ПОЛОЖЕНИЕ</p>
                <section><heading>Общие
                   положения</heading>
                  <clause>Первый <b>пункт</b>:
                    <list><item>один;</item><item>два.<list><item>вложенный</item></list></item></list>
                  </clause>
                  <clause>Второй пункт.<clause>Подпункт.</clause></clause>
                </section>
                <section><heading>Второй</heading><clause>Ещё.</clause></section>
                </document>""");
        Paragraph title = assertInstanceOf(Paragraph.class, d.blocks().get(0));
        assertEquals(Style.TITLE, title.style());
        Section s = assertInstanceOf(Section.class, d.blocks().get(1));
        assertEquals(List.of(Text.plain("Общие положения")), s.title());
        Clause first = assertInstanceOf(Clause.class, s.blocks().get(0));
        assertEquals(List.of(Text.plain("Первый "), new Text("пункт", true, false), Text.plain(":")), first.content());
        BulletList list = assertInstanceOf(BulletList.class, first.blocks().get(0));
        assertEquals(1, list.items().get(1).nested().size());
        assertEquals(List.of("1.", "1.1.", "1.2.", "1.2.1.", "2.", "2.1."), ClauseNumbering.labels(d));
    }

    @Test
    void keepsNonBreakingSpaces() {
        Document d = DocumentReader.read(HEAD + "<p>№\u00A06  и</p></document>");
        assertEquals(List.of(Text.plain("№\u00A06 и")), ((Paragraph) d.blocks().get(0)).content());
    }

    @Test
    void rejectsMarkupItDoesNotKnow() {
        assertThrows(MarkupException.class, () -> DocumentReader.read(HEAD + "<script/></document>"));
        assertThrows(MarkupException.class, () -> DocumentReader.read(HEAD + "<p style=\"nope\">x</p></document>"));
        assertThrows(MarkupException.class, () -> DocumentReader.read(HEAD + "loose text</document>"));
        MarkupException e = assertThrows(MarkupException.class, () -> DocumentReader.read(
                "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + HEAD + "<p>&x;</p></document>"));
        assertTrue(e.getMessage().contains("разметк"));
    }
}
