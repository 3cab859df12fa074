package ru.lokalakt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.render.docx.DocxRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Driven by each kind's forbidden_terms: the words a document of that kind must never say. */
class TerminologyTest {
    static List<String> ids() {
        return Examples.IDS;
    }

    static List<Pattern> forbidden(Profile profile) {
        List<Pattern> patterns = new ArrayList<>();
        for (Object term : Profile.asList(profile.get("forbidden_terms"))) {
            patterns.add(Pattern.compile("(?iu)(?<!\\p{L})(" + term + ")(?!\\p{L})"));
        }
        return patterns;
    }

    /** Names in quotes are cited as they stand (a federal letter's title), so only the text around them counts. */
    static List<String> findings(String text, List<Pattern> patterns) {
        List<String> out = new ArrayList<>();
        String own = QUOTED.matcher(text).replaceAll(q -> " ".repeat(q.group().length()));
        for (Pattern p : patterns) {
            Matcher m = p.matcher(own);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                out.add(m.group() + " … " + text.substring(from, Math.min(text.length(), m.end() + 40)));
            }
        }
        return out;
    }

    /** A quoted name with one level of quotes inside, as «Лицей «ДЕРЖАВА»» has. */
    private static final Pattern QUOTED = Pattern.compile("«(?:[^«»]|«[^«»]*»)*»|„[^„“]*“");

    @ParameterizedTest
    @MethodSource("ids")
    void noDocumentSaysAWordItsKindForbids(String id) throws Exception {
        Profile profile = Examples.load(id);
        List<Pattern> patterns = forbidden(profile);
        assertTrue(patterns.size() >= 4, "kind file lists its forbidden terms");
        for (String doc : Examples.DOCUMENTS) {
            String text = DocxReader.text(new DocxRenderer().render(Examples.generator().document(profile, doc)));
            assertEquals(List.of(), findings(text, patterns), id + " / " + doc);
        }
    }

    @Test
    void theCheckCatchesEveryFormAndNotLongerWords() {
        List<Pattern> college = forbidden(Examples.load("ktis"));
        assertFalse(findings("чат с обучающимися класса по дисциплине", college).isEmpty());
        assertFalse(findings("Классным руководителям привязать", college).isEmpty());
        assertFalse(findings("воспитателю группы", college).isEmpty());
        assertEquals(List.of(), findings("воспитательных задач в группе; одноклассники", college));
        List<Pattern> kindergarten = forbidden(Examples.load("detsad-44"));
        assertFalse(findings("Директору МАДОУ", kindergarten).isEmpty());
        assertEquals(List.of(), findings("музыкальные руководители", kindergarten));
        assertFalse(findings("чат с обучающимися группы", kindergarten).isEmpty());
        assertEquals(List.of(), findings("(вместе с «Рекомендациями … при взаимодействии с обучающимися»)", kindergarten));
    }

    @Test
    void eachKindUsesItsOwnWords() throws Exception {
        String school = DocxReader.text(new DocxRenderer().render(
                Examples.generator().document(Examples.load("litsey-derzhava"), "sferum/polozhenie"))).replace('\u00A0', ' ');
        String kindergarten = DocxReader.text(new DocxRenderer().render(
                Examples.generator().document(Examples.load("detsad-44"), "sferum/polozhenie"))).replace('\u00A0', ' ');
        String college = DocxReader.text(new DocxRenderer().render(
                Examples.generator().document(Examples.load("ktis"), "sferum/polozhenie"))).replace('\u00A0', ' ');
        assertTrue(school.contains("Классный руководитель координирует"));
        assertTrue(school.contains("класс «Учительская»"));
        assertTrue(school.contains("учебного плана и плана внеурочной деятельности"), "the extracurricular plan is no part of the curriculum");
        assertTrue(kindergarten.contains("Воспитатель координирует"));
        assertTrue(kindergarten.contains("группу «Педагоги»"));
        assertTrue(kindergarten.contains("приказом заведующего Учреждением"), "заведовать чем");
        assertTrue(kindergarten.contains("роли «педагог»"));
        assertFalse(kindergarten.contains("Обучающийся использует"), "no learners' clause in a kindergarten");
        assertTrue(college.contains("Куратор координирует"));
        assertTrue(college.contains("несовершеннолетних студентов") && college.contains("рабочей программы воспитания"), college);
        assertTrue(college.contains("мастера производственного обучения"));
        assertTrue(college.contains("группу «Преподавательская»"));
        // Words, not spacing: a short word and the next are joined by a no-break space.
        String dop = DocxReader.text(new DocxRenderer().render(
                Examples.generator().document(Examples.load("cdt-raduga"), "sferum/polozhenie"))).replace('\u00A0', ' ');
        assertTrue(dop.contains("Педагог дополнительного образования координирует"), dop);
        assertTrue(dop.contains("структурный компонент «Педагоги»"), dop);
        assertTrue(dop.contains("роли «педагог»"), dop);
        assertTrue(dop.contains("при освоении обучающимися всех дополнительных общеобразовательных общеразвивающих программ"), dop);
        assertFalse(dop.contains("выполняющих обязанности педагогов"), "no tautology: " + dop);
        assertFalse(dop.contains("внеурочной"), "no extracurricular plan in a centre of children's creativity");
    }

    @Test
    void aCentreOfChildrensCreativityForbidsClassesTutorsAndPupilsOfKindergartens() {
        List<Pattern> dop = forbidden(Examples.load("cdt-raduga"));
        assertFalse(findings("Классным руководителям привязать", dop).isEmpty());
        assertFalse(findings("чат класса", dop).isEmpty());
        assertFalse(findings("родители воспитанников", dop).isEmpty());
        assertFalse(findings("куратору группы", dop).isEmpty());
        assertEquals(List.of(), findings("педагоги дополнительного образования объединения", dop));
    }
}
