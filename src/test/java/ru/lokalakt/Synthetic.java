package ru.lokalakt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Valid institution profiles of every kind and region, made up for batch tests. */
public final class Synthetic {
    private static final String[] KINDS = {"school", "kindergarten", "college", "dop"};
    private static final String[] REGIONS = {"kaluzhskaya-oblast", "permskiy-kray", "primorskiy-kray"};
    private static final String[] SURNAMES = {"Иванова", "Петрова", "Черных", "Швец", "Осадчая", "Бондаренко"};

    private Synthetic() {
    }

    public static void write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        for (int i = 1; i <= count; i++) {
            String kind = KINDS[i % KINDS.length];
            Files.writeString(dir.resolve(String.format("inst-%04d.yaml", i)), String.join("\n",
                    "kind: " + kind,
                    "region: " + REGIONS[(i / 3) % 3],
                    String.format("id: inst-%04d", i),
                    "institution:",
                    "  full_name: Муниципальное бюджетное учреждение «Учреждение № " + i + "»",
                    "  short_name: МБУ «Учреждение № " + i + "»",
                    "  city:",
                    "    nom: Калуга",
                    "    gen: Калуги",
                    "head:",
                    "  surname: " + SURNAMES[i % SURNAMES.length],
                    "  initials: А. Б.",
                    "  gender: female",
                    "order:",
                    "  date: 2025-09-01",
                    "  number: \"" + i + "-од\"",
                    "  link_deadline: 2025-09-10",
                    "  official_from: 2025-09-15",
                    "  control: self",
                    "approval:",
                    "  date: 2025-08-29",
                    "  protocol: \"1\"",
                    ""));
        }
    }
}
