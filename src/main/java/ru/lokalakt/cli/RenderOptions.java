package ru.lokalakt.cli;

import picocli.CommandLine.Option;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.template.TemplateEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What generate and batch both ask: where to write, which documents, in which formats, under which rules. */
final class RenderOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "ПАПКА", description = "куда писать (по умолчанию out)")
    Path output = Path.of("out");

    @Option(names = "--format", paramLabel = "ФОРМАТЫ", description = "docx, pdf, html или несколько через запятую (по умолчанию docx,pdf)")
    String format = "docx,pdf";

    @Option(names = "--pdfa", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "PDF в формате PDF/A-1b для архива (по умолчанию да; --no-pdfa — обычный PDF)")
    boolean pdfA = true;

    @Option(names = "--doc", paramLabel = "ДОКУМЕНТЫ", split = ",",
            description = "какие документы (по умолчанию — все документы пакетов профиля), например sferum/polozhenie")
    List<String> documents;

    @Option(names = "--model", description = "типовые документы: недостающие сведения об организации — пропуски "
            + "с подсказками, а не ошибки; в generate профиль региона без вида организации даёт документы каждого вида")
    boolean model;

    @Option(names = "--force", description = "записать документы, даже если проверка нашла ошибки; в batch — ещё и "
            + "создать заново все документы, даже неизменившиеся")
    boolean force;

    @Option(names = "--bundle", description = "приказ и утверждаемое им Положение — одним файлом: Положение идёт "
            + "приложением № 1 с новой страницы, нумерация пунктов с 1, страниц — сквозная")
    boolean bundle;

    @Option(names = "--templates", paramLabel = "ПАПКА", description = "своя папка шаблонов и пакетов: в ней шаблон "
            + "ищется раньше, чем во встроенной (и в папке templates рядом с профилями)")
    Path templates;

    /** The templates for profiles at or under {@code near}. */
    TemplateEngine engine(Path near) {
        return TemplateRoots.engine(templates, near);
    }

    Generator generator(TemplateEngine engine) {
        return new Generator(engine, Formats.parse(format, pdfA), force, bundle);
    }

    /**
     * The documents a profile makes of those asked for: without --doc, those of the packages it uses; a document of
     * a package it does not use, asked for by name, is refused with the way to add the package.
     */
    List<String> forProfile(TemplateEngine engine, ru.lokalakt.profile.Profile profile, List<String> asked) {
        List<String> own = engine.documentIds(profile);
        if (documents == null || documents.isEmpty()) {
            return asked.stream().filter(own::contains).toList();
        }
        for (String id : asked) {
            ru.lokalakt.profile.PackageManifest p = engine.catalog().packageOf(id);
            if (p != null && !own.contains(id)) {
                List<String> names = new ArrayList<>(engine.catalog().used(profile).stream()
                        .map(ru.lokalakt.profile.PackageManifest::name).toList());
                names.add(p.name());
                throw new UsageException("документ «" + id + "» — из пакета «" + p.name() + "», которого нет в профиле "
                        + profile.source().getFileName() + ": добавьте строку «packages: [" + String.join(", ", names) + "]»");
            }
        }
        return asked;
    }

    /** --doc: the documents a run makes; by default every document of every package (each profile makes its own). */
    List<String> documentIds(TemplateEngine engine) {
        List<String> available = engine.documentIds();
        if (documents == null || documents.isEmpty()) {
            return available;
        }
        List<String> chosen = new ArrayList<>();
        for (String d : documents) {
            String id = available.contains(d.strip()) ? d.strip() : d.strip().replaceFirst("-", "/");
            if (!available.contains(id)) {
                throw new UsageException("документа «" + d + "» нет; есть: " + String.join(", ", available));
            }
            chosen.add(id);
        }
        return chosen;
    }
}
