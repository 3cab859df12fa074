package ru.lokalakt.cli;

import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.russian.PhraseDecliner;

import java.util.Arrays;
import java.util.List;

/**
 * A fresh JVM spends most of a one-institution run building the JAXB context of DOCX, and some reading the Russian
 * dictionary. Started on a spare core before the command line is even parsed, they are ready about when the
 * documents need them.
 */
final class EarlyStart {
    private EarlyStart() {
    }

    static void docxIfNeeded(String[] args) {
        List<String> list = Arrays.asList(args);
        if (list.isEmpty() || !List.of("generate", "batch").contains(list.get(0))) {
            return;
        }
        // The Russian dictionary (about 0.15 s to read) loads while the profile is parsed.
        Thread dictionary = new Thread(() -> {
            try {
                PhraseDecliner.warm();
            } catch (RuntimeException e) {
                // The same failure surfaces when the first phrase is declined.
            }
        }, "lokalakt-dictionary");
        dictionary.setDaemon(true);
        dictionary.start();
        if (!wantsDocx(list)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                new DocxRenderer().prepare();
            } catch (RuntimeException e) {
                // The same failure surfaces, with its message, when the first DOCX is rendered.
            }
        }, "lokalakt-docx-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** --format without docx (pdf alone) needs none of it. */
    static boolean wantsDocx(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format") && i + 1 < args.size()) {
                return args.get(i + 1).toLowerCase(java.util.Locale.ROOT).contains("docx");
            }
            if (a.startsWith("--format=")) {
                return a.toLowerCase(java.util.Locale.ROOT).contains("docx");
            }
        }
        return true;
    }
}
