package ru.lokalakt.profile;

import java.util.List;
import java.util.Map;

/**
 * SnakeYAML speaks English; users read Russian. Each problem the YAML reader can report gets a Russian sentence
 * that says what to fix; a problem this table does not know still gets a Russian sentence, never the English one.
 */
final class YamlMessages {
    /** The start of SnakeYAML's problem text → what a user is told. Checked in order. */
    private static final List<Map.Entry<String, String>> KNOWN = List.of(
            Map.entry("found duplicate key", "ключ повторяется"),
            Map.entry("Number of aliases", "слишком много ссылок-псевдонимов (&/*)"),
            Map.entry("Nesting Depth", "слишком глубокая вложенность"),
            Map.entry("The incoming YAML document exceeds the limit", "файл слишком велик"),
            Map.entry("mapping values are not allowed here", "двоеточие в значении: заключите значение в кавычки"),
            Map.entry("found character '\\t'", "табуляция вместо пробелов в отступе"),
            Map.entry("(TAB)", "табуляция вместо пробелов в отступе"),
            Map.entry("could not find expected ':'", "после ключа нет двоеточия"),
            Map.entry("found undefined alias", "ссылка на неизвестный псевдоним (*имя без &имя выше)"),
            Map.entry("found unexpected end of stream", "файл кончился внутри значения: не закрыта кавычка"),
            Map.entry("found unknown escape character", "в строке в двойных кавычках неизвестная последовательность "
                    + "с «\\»; возьмите значение в одинарные кавычки"),
            Map.entry("expected escape sequence", "в строке в двойных кавычках неверная последовательность с «\\»"),
            Map.entry("found character", "символ, с которого не может начинаться значение; заключите значение в кавычки"),
            Map.entry("expected <block end>", "неверный отступ: строка сдвинута не так, как соседние"),
            Map.entry("did not find expected key", "неверный отступ или лишний текст: здесь ожидался ключ"),
            Map.entry("did not find expected '-' indicator", "неверный отступ в списке: ожидалась строка «- …»"),
            Map.entry("did not find expected node content", "нет значения там, где оно ожидалось"),
            Map.entry("expected the node content", "нет значения там, где оно ожидалось"),
            Map.entry("sequence entries are not allowed here", "элемент списка «- » здесь не допускается: проверьте отступ"),
            Map.entry("block sequence entries are not allowed here", "элемент списка «- » здесь не допускается: проверьте отступ"),
            Map.entry("mapping keys are not allowed here", "ключ здесь не допускается: проверьте отступ"),
            Map.entry("expected ',' or ']'", "в списке […] ожидалась «,» или «]»"),
            Map.entry("expected ',' or '}'", "в словаре {…} ожидалась «,» или «}»"),
            Map.entry("expected alphabetic or numeric character", "после «&» или «*» ожидалось имя из букв и цифр"),
            Map.entry("found undefined tag handle", "неизвестный тег"),
            Map.entry("Global tag is not allowed", "теги не допускаются в профиле"),
            Map.entry("special characters are not allowed", "недопустимый управляющий символ"),
            Map.entry("unacceptable code point", "недопустимый символ"),
            Map.entry("expected '<document start>'", "в файле больше одного документа YAML («---»)"),
            Map.entry("expected a single document", "в файле больше одного документа YAML («---»)"),
            Map.entry("found unexpected document separator", "разделитель «---» или «...» внутри значения"),
            Map.entry("expected a comment or a line break", "после значения ожидался конец строки или комментарий «#»"),
            Map.entry("expected chomping or indentation indicators", "после «|» или «>» ожидался конец строки"),
            Map.entry("expected indentation indicator", "после «|» или «>» ожидался конец строки"),
            Map.entry("found unacceptable key", "ключ должен быть простым словом"),
            Map.entry("Keys must be scalars", "ключ должен быть простым словом"),
            Map.entry("Recursive key", "ключ ссылается сам на себя"),
            Map.entry("Unexpected recursive", "значение ссылается само на себя"));

    private YamlMessages() {
    }

    /** The sentence for a problem, or for its context («while scanning …») when the problem alone says nothing known. */
    static String translate(String problem, String context) {
        String known = known(problem);
        if (known == null) {
            known = known(context);
        }
        return known != null ? known : GENERIC;
    }

    static String translate(String problem) {
        return translate(problem, null);
    }

    /** Problems best shown where their context began: the opening quote or bracket, not the end of the file. */
    static boolean pointsAtContext(String problem) {
        return problem != null && (problem.contains("unexpected end of stream") || problem.contains("expected ',' or"));
    }

    private static final String GENERIC = "ошибка разметки: проверьте отступы, двоеточия и кавычки в этой строке и в строке выше";

    private static String known(String problem) {
        if (problem == null) {
            return null;
        }
        String p = problem.strip();
        if (p.startsWith("found duplicate key")) {
            return "ключ «" + p.substring("found duplicate key".length()).strip() + "» повторяется";
        }
        if (p.contains("Global tag is not allowed")) {
            return "тег «" + p.substring(p.lastIndexOf(':') + 1).strip() + "» не допускается в профиле";
        }
        for (Map.Entry<String, String> known : KNOWN) {
            if (p.contains(known.getKey())) {
                return known.getValue();
            }
        }
        return null;
    }
}
