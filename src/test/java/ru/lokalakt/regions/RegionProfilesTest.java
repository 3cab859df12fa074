package ru.lokalakt.regions;

import org.junit.jupiter.api.Test;
import ru.lokalakt.Examples;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.generate.RenderedFile;
import ru.lokalakt.lint.LintException;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.profile.ProfileValidator;
import ru.lokalakt.render.html.HtmlRenderer;
import ru.lokalakt.russian.GrammaticalCase;
import ru.lokalakt.russian.PhraseDecliner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An institution in any bundled region gets its documents: the kindergarten and the lyceum of the examples, moved
 * to each region, pass the validator and the proofreading checks, and their documents name the region and its
 * authority; a regional system is named only where the region file says Sferum's accounts are linked to it.
 */
class RegionProfilesTest {
    private static final List<String> DOCUMENTS = List.of("sferum/polozhenie", "sferum/prikaz", "sferum/zayavka");

    @Test
    void everyRegionGivesSoundDocuments() throws Exception {
        Generator generator = new Generator(Examples.engine(), List.of(new HtmlRenderer()));
        ProfileLoader loader = new ProfileLoader(Examples.PROFILES);
        List<String> wrong = new ArrayList<>();
        int made = 0;
        for (String example : List.of("detsad-44", "litsey-derzhava")) {
            String yaml = Files.readString(Examples.profile(example), StandardCharsets.UTF_8);
            String own = yaml.lines().filter(l -> l.startsWith("region: ")).findFirst().orElseThrow();
            for (Path file : RegionFilesTest.files()) {
                String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                Profile p = loader.loadText(yaml.replace(own, "region: " + stem), example + ".yaml");
                String label = example + " in " + stem;
                for (String problem : ProfileValidator.problems(p)) {
                    wrong.add(label + ": " + problem);
                }
                String region = String.valueOf(p.get("region.name.nom"));
                String ministry = String.valueOf(p.get("region.ministry.nom"));
                List<RenderedFile> rendered;
                try {
                    rendered = generator.render(p, DOCUMENTS); // refused with the findings of the proofreading checks
                } catch (LintException e) {
                    wrong.add(label + ": " + e.getMessage());
                    continue;
                }
                for (RenderedFile r : rendered) {
                    made++;
                    String html = new String(r.bytes(), StandardCharsets.UTF_8).replace('\u00A0', ' ');
                    if (r.documentId().equals("sferum/zayavka") && !html.contains("субъект Российской Федерации — " + region)) {
                        wrong.add(label + ": the application does not name " + region);
                    }
                    Object system = p.get("region.information_system.short_name");
                    boolean linked = Boolean.TRUE.equals(p.get("region.information_system.linked"));
                    if (system != null && !linked && html.contains(String.valueOf(system))) {
                        wrong.add(label + ": " + r.documentId() + " names a system not linked to Sferum: " + system);
                    }
                    if (system != null && linked && r.documentId().equals("sferum/polozhenie")
                            && !html.contains(String.valueOf(system))) {
                        wrong.add(label + ": the regulation omits the linked system " + system);
                    }
                }
                // The authority's name declines as a whole phrase wherever a template asks for it.
                assertTrue(PhraseDecliner.decline(ministry, GrammaticalCase.GENITIVE, false).endsWith(
                        ministry.substring(ministry.indexOf(' '))), label);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(2 * 89 * DOCUMENTS.size(), made);
    }

    /**
     * A regional office's own file that links Sferum to its system without saying since when: the validator has no
     * date to weigh the documents against and claims nothing about it, and the documents name the system.
     */
    @Test
    void aLinkedSystemWithoutItsStartDateIsNamedAndNotDated(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path region = dir.resolve("profiles/regions/moy-kray.yaml");
        Files.createDirectories(region.getParent());
        Files.writeString(region, """
                region:
                  name:
                    nom: Тверская область
                  ministry:
                    nom: министерство образования Тверской области
                  information_system:
                    short_name: АИС «Сетевой город»
                    full_name: автоматизированная информационная система «Сетевой город. Образование»
                    linked: true
                """, StandardCharsets.UTF_8);
        String yaml = Files.readString(Examples.profile("detsad-44"), StandardCharsets.UTF_8)
                .replace("region: permskiy-kray", "region: moy-kray");
        Path profile = dir.resolve("profiles/sad.yaml");
        Files.writeString(profile, yaml, StandardCharsets.UTF_8);
        Profile p = new ProfileLoader(Examples.PROFILES).load(profile);
        assertEquals(List.of(), ProfileValidator.problems(p));
        String html = new String(new Generator(Examples.engine(), List.of(new HtmlRenderer()))
                .render(p, List.of("sferum/polozhenie")).get(0).bytes(), StandardCharsets.UTF_8);
        assertTrue(html.contains("Сетевой город"), "a linked system is named");

        // The same file with a start date after the documents: now the validator has a fact to check.
        Files.writeString(region, Files.readString(region) + "    since: 2030-01-01\n", StandardCharsets.UTF_8);
        Profile dated = new ProfileLoader(Examples.PROFILES).load(profile);
        assertTrue(ProfileValidator.problems(dated).stream().anyMatch(m -> m.contains("указана с 01.01.2030")),
                ProfileValidator.problems(dated).toString());
    }
}
