package ru.lokalakt.document.diff;

import java.util.List;

/**
 * One point of an amending order. Points apply in order, each to the text as the points before it left it, and
 * name units by the numbers they have at that moment (the numbers in force, until a point renumbers).
 */
public sealed interface Change {
    /** «По тексту Положения слова «from» заменить словами «to» (в соответствующем падеже)». */
    record Everywhere(String from, String to, boolean anyCase, boolean inTitle, List<Pair> pairs) implements Change {
        public Everywhere {
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * «В пункте 2.3 (в абзаце третьем пункта 2.3) слова «from» заменить словами «to»»; with {@code to} empty,
     * «… слова «from» исключить»: the words go with one space beside them. Both quotes are well-formed fragments
     * ({@link DocumentDiff#wellFormed}).
     */
    record Words(Unit.Kind kind, String label, int paragraph, int paragraphs, String from, String to) implements Change {
    }

    /** «Абзац третий пункта 1.3 изложить в следующей редакции: «…»». */
    record Paragraph(Unit.Kind kind, String label, int paragraph, String text) implements Change {
    }

    /** «Пункт 2.3 изложить в следующей редакции: «…»». */
    record Restate(Unit.Kind kind, String label, Unit unit) implements Change {
    }

    /**
     * «Абзацы пятый и шестой пункта 1.2 исключить»: {@code count} paragraphs from {@code paragraph} (0 is the
     * clause's own text, which is never removed this way).
     */
    record ParagraphsRemove(Unit.Kind kind, String label, int paragraph, int count) implements Change {
    }

    /**
     * «Пункт 1.2 после абзаца тринадцатого дополнить абзацами следующего содержания: «…»»: {@code texts} inserted
     * after paragraph {@code after} (0 is the clause's own text).
     */
    record ParagraphsAdd(Unit.Kind kind, String label, int after, List<String> texts) implements Change {
        public ParagraphsAdd {
            texts = List.copyOf(texts);
        }
    }

    /**
     * «Пункт 3.4 исключить», «пункты 3.4–3.6 исключить» (siblings {@code label} to {@code last}, with what is nested
     * in them), with the units after them renumbered.
     */
    record Remove(Unit.Kind kind, String label, String last, List<Renumber> renumbered) implements Change {
        public Remove {
            renumbered = List.copyOf(renumbered);
        }
    }

    /**
     * «Дополнить пунктом 2.16 следующего содержания: «…»» after the unit {@code afterKind}/{@code afterLabel} (the
     * title, for the very start), with the units after it renumbered. {@code units} is the new unit with any
     * units nested in it (a new section with its clauses); {@code labels} are their numbers.
     */
    record Add(Unit.Kind afterKind, String afterLabel, List<Unit> units, List<String> labels,
               List<Renumber> renumbered) implements Change {
        public Add {
            units = List.copyOf(units);
            labels = List.copyOf(labels);
            renumbered = List.copyOf(renumbered);
        }
    }

    /** The whole regulation in a new wording: what remains when its changes cannot be listed point by point. */
    record Whole(List<Unit> units) implements Change {
        public Whole {
            units = List.copyOf(units);
        }
    }

    /** A phrase and what replaces it, in one case. */
    record Pair(String from, String to) {
    }

    /** Units first..last (numbers) of one kind become toFirst..toLast. */
    record Renumber(Unit.Kind kind, String first, String last, String toFirst, String toLast) {
    }
}
