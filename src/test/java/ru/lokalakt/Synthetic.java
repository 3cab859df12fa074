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

    /** A made-up ИНН of a Kaluga institution with the right check digit. */
    static String inn(int i) {
        String base = String.format("4027%05d", i % 100000);
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            sum += (base.charAt(k) - '0') * weights[k];
        }
        return base + (sum % 11 % 10);
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
                    "  municipality: городской округ «Город Калуга»",
                    "  inn: \"" + inn(i) + "\"",
                    "  kpp: \"402701001\"",
                    "  address: 248000, Калужская область, г. Калуга, ул. Ленина, д. " + i,
                    "  phone: 8 (4842) 00-00-" + String.format("%02d", i % 100),
                    "  email: school" + i + "@example.ru",
                    "head:",
                    "  surname: " + SURNAMES[i % SURNAMES.length],
                    "  initials: А. Б.",
                    "  gender: female",
                    "staff:",
                    "  admin:",
                    "    surname: " + SURNAMES[(i + 1) % SURNAMES.length],
                    "    first_name: Вера",
                    "    patronymic: Григорьевна",
                    "    gender: female",
                    "    position: методист",
                    "    phone: +7 900 000-" + String.format("%02d-%02d", i / 100 % 100, i % 100),
                    "    email: admin" + i + "@example.ru",
                    "administrator:",
                    "  staff: admin",
                    "  order:",
                    "    date: 2025-08-28",
                    "    number: \"" + i + "-а\"",
                    "application:",
                    "  date: 2025-08-29",
                    "  number: \"" + i + "\"",
                    "notice:",
                    "  date: 2025-09-08",
                    "order:",
                    "  date: 2025-09-01",
                    "  number: \"" + i + "-од\"",
                    "  link_deadline: 2025-09-10",
                    "  official_from: 2025-09-15",
                    "  control: self",
                    "  executor: admin",
                    "approval:",
                    "  date: 2025-08-29",
                    "  protocol: \"1\"",
                    ""));
        }
    }
}
