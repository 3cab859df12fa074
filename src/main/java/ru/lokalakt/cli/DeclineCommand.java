package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.lokalakt.russian.GrammaticalCase;
import ru.lokalakt.russian.PhraseDecliner;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/** Prints a phrase's case forms, as the documents will use them, so that a phrase can be checked before use. */
@Command(name = "decline", mixinStandardHelpOptions = true,
        description = "Склоняет словосочетание по падежам так же, как это делается в документах: "
                + "«Управляющий совет», «Пермь», «педагог-организатор».")
final class DeclineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "СЛОВОСОЧЕТАНИЕ", description = "Словосочетание в именительном падеже.")
    String phrase;

    @Option(names = "--case", paramLabel = "ПАДЕЖ",
            description = "Только один падеж: nom, gen, dat, acc, ins или pre.")
    String caseKey;

    @Option(names = "--animate", description = "Одушевлённое (должность, человек): винительный падеж как родительный.")
    boolean animate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text = phrase.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            err.println("lokalakt: пустое словосочетание: укажите его в кавычках, например «Управляющий совет»");
            return ExitCode.USAGE;
        }
        if (caseKey != null) {
            GrammaticalCase c = GrammaticalCase.fromKey(caseKey);
            if (c == null) {
                err.println("lokalakt: неизвестный падеж «" + caseKey + "»: nom, gen, dat, acc, ins или pre");
                return ExitCode.USAGE;
            }
            out.println(PhraseDecliner.decline(text, c, animate));
            return ExitCode.OK;
        }
        Map<GrammaticalCase, String> forms = PhraseDecliner.forms(text, animate);
        for (GrammaticalCase c : GrammaticalCase.values()) {
            out.println(c.key() + "\t" + forms.get(c));
        }
        return ExitCode.OK;
    }
}
