package ru.lokalakt.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regions a user sees and names: {@code list} with its unsure entries, {@code init --region} with her own. */
@org.junit.jupiter.api.extension.ExtendWith(ProgramHome.class)
class RegionCommandsTest {
    @TempDir
    Path home;

    @Test
    void listShowsEveryRegionWithWhatIsUnsure() {
        Cli.Result r = Cli.run("list");
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int from = lines.indexOf(lines.stream().filter(l -> l.startsWith("Регионы")).findFirst().orElseThrow());
        int to = lines.indexOf(lines.stream().filter(l -> l.startsWith("Пакеты документов")).findFirst().orElseThrow());
        List<String> regions = lines.subList(from + 1, to);
        assertEquals(89, regions.size(), r.out());
        assertTrue(regions.contains("  respublika-sakha-yakutiya — Республика Саха (Якутия)"), r.out());
        assertTrue(regions.contains("  kemerovskaya-oblast-kuzbass — Кемеровская область — Кузбасс"), r.out());
        assertTrue(regions.contains("  respublika-altay — Республика Алтай (не проверено: орган управления образованием)"),
                r.out());
        assertTrue(regions.contains("  moskva — Москва (не проверено: региональная система)"), r.out());
        assertFalse(r.out().contains("ошибка"), r.out());
        assertTrue(regions.stream().anyMatch(l -> l.contains("не проверено"))
                && regions.stream().anyMatch(l -> !l.contains("не проверено")), r.out());
    }

    @Test
    void initFindsTheUsersOwnRegionsAsGenerateDoes() throws Exception {
        Path own = home.resolve("regions").resolve("moy-region.yaml");
        Files.createDirectories(own.getParent());
        Files.writeString(own, "region:\n  name:\n    nom: Тверская область\n  ministry:\n    nom: министерство образования Тверской области\n",
                StandardCharsets.UTF_8);
        Path profile = home.resolve("sad.yaml");
        Cli.Result init = Cli.run("init", "--kind", "kindergarten", "--region", "moy-region", profile.toString());
        assertEquals(ExitCode.OK, init.code(), init.err());
        assertTrue(Files.readString(profile, StandardCharsets.UTF_8).contains("\nregion: moy-region\n"));
        Cli.Result validate = Cli.run("validate", profile.toString());
        assertTrue(validate.err().contains("значения-примеры") && !validate.err().contains("неизвестен"), validate.err());

        Path elsewhere = home.resolve("other").resolve("sad.yaml");
        Cli.Result refused = Cli.run("init", "--region", "moy-region", elsewhere.toString());
        assertEquals(ExitCode.USAGE, refused.code(), "a region of another folder is not found");
        assertTrue(refused.err().contains("регион «moy-region» неизвестен"), refused.err());
        assertFalse(Files.exists(elsewhere));
    }

    @Test
    void aProfileWithAMistypedRegionGetsTheNearestNameInOneLine() throws Exception {
        Path profile = home.resolve("sad.yaml");
        Files.writeString(profile, "kind: kindergarten\nregion: tverskaya-oblst\nid: sad\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("validate", profile.toString());
        assertEquals(ExitCode.INVALID_INPUT, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("регион «tverskaya-oblst» неизвестен; возможно, «tverskaya-oblast»?; все показывает «lokalakt list»"),
                r.err());
    }

    @Test
    void aMistypedRegionGetsTheNearestNameNotAListOfEightyNine() {
        Cli.Result r = Cli.run("init", "--region", "permskiy-kary", home.resolve("a.yaml").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("возможно, «permskiy-kray»?") && r.err().contains("lokalakt list"), r.err());
        assertFalse(r.err().contains("yamalo-nenetskiy"), r.err());
    }
}
