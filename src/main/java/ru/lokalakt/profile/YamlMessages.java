package ru.lokalakt.profile;

/** SnakeYAML speaks English; users read Russian. The usual problems get a Russian sentence, the rest pass through. */
final class YamlMessages {
    private YamlMessages() {
    }

    static String translate(String problem) {
        if (problem == null) {
            return "разбор не удался";
        }
        String p = problem.strip();
        if (p.startsWith("found duplicate key")) {
            return "ключ повторяется: " + p.substring("found duplicate key".length()).strip();
        }
        if (p.contains("Number of aliases")) {
            return "слишком много ссылок-псевдонимов (&/*)";
        }
        if (p.contains("Nesting Depth")) {
            return "слишком глубокая вложенность";
        }
        if (p.contains("mapping values are not allowed here")) {
            return "двоеточие в значении: заключите значение в кавычки";
        }
        if (p.contains("Global tag is not allowed")) {
            return "тег «" + p.substring(p.lastIndexOf(':') + 1) + "» не допускается в профиле";
        }
        if (p.contains("(TAB)") || p.contains("found character '\\t'")) {
            return "табуляция вместо пробелов в отступе";
        }
        if (p.contains("could not find expected ':'")) {
            return "после ключа нет двоеточия";
        }
        if (p.contains("found undefined alias")) {
            return "ссылка на неизвестный псевдоним: " + p.substring(p.lastIndexOf(' ') + 1);
        }
        return p.split("\n")[0];
    }
}
