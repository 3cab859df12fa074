package ru.lokalakt.cli;

import picocli.CommandLine;

import java.util.List;
import java.util.stream.Collectors;

/** picocli's complaints about the command line, said in Russian. */
final class UsageMessages {
    private UsageMessages() {
    }

    static String translate(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            List<String> suggestions = u.getSuggestions();
            String hint = suggestions.isEmpty() ? "" : "; возможно, " + suggestions.stream().limit(3)
                    .map(s -> "«" + s + "»").collect(Collectors.joining(", ")) + "?";
            if (first.startsWith("-")) {
                return "неизвестный параметр «" + first + "»" + hint;
            }
            if (u.getCommandLine().getSubcommands().isEmpty()) {
                return "лишний аргумент «" + first + "»";
            }
            return "неизвестная команда «" + first + "»" + hint;
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            String missing = m.getMissing().stream().map(UsageMessages::label).collect(Collectors.joining(", "));
            return "не хватает аргумента: " + missing;
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return "значение " + label(o.getOverwritten()) + " задано дважды";
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return "лишние значения у параметра";
        }
        if (e.getArgSpec() != null) {
            return "неверное значение «" + (e.getValue() == null ? "" : e.getValue()) + "» у " + label(e.getArgSpec());
        }
        return "ошибка в командной строке";
    }

    private static String label(CommandLine.Model.ArgSpec spec) {
        if (spec instanceof CommandLine.Model.OptionSpec o) {
            return "параметра «" + o.longestName() + "»";
        }
        return spec.paramLabel();
    }
}
