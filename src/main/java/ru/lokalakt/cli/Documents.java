package ru.lokalakt.cli;

import ru.lokalakt.template.TemplateEngine;

import java.util.ArrayList;
import java.util.List;

/** --doc: the documents a run makes, all of them by default. */
final class Documents {
    private Documents() {
    }

    static List<String> choose(TemplateEngine engine, List<String> requested) {
        List<String> available = engine.documentIds();
        if (requested == null || requested.isEmpty()) {
            return available;
        }
        List<String> chosen = new ArrayList<>();
        for (String d : requested) {
            String id = d.strip().replace('-', '/');
            if (!available.contains(id)) {
                throw new UsageException("документа «" + d + "» нет; есть: " + String.join(", ", available));
            }
            chosen.add(id);
        }
        return chosen;
    }
}
