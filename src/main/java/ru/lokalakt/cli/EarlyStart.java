package ru.lokalakt.cli;

import ru.lokalakt.generate.Background;
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
        if (list.isEmpty() || !List.of("generate", "batch").contains(list.get(0)) || rerun(list)) {
            return;
        }
        // The Russian dictionary (about 0.15 s to read) loads while the profile is parsed.
        Background.start("lokalakt-dictionary", PhraseDecliner::warm);
        if (wantsDocx(list)) {
            Background.start("lokalakt-docx-start", () -> new DocxRenderer().prepare());
        }
    }

    /**
     * A batch into a folder that an earlier batch left its build state in: most institutions will not be rendered
     * at all, and loading the renderers ahead would only take the cores the checks need.
     */
    static boolean rerun(List<String> args) {
        if (!args.get(0).equals("batch") || args.contains("--force")) {
            return false;
        }
        String out = "out";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("-o") || a.equals("--output")) && i + 1 < args.size()) {
                out = args.get(i + 1);
            } else if (a.startsWith("--output=")) {
                out = a.substring("--output=".length());
            }
        }
        return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(out).resolve("manifest.keys"));
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
