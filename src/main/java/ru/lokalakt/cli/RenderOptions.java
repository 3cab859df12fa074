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
            description = "какие документы (по умолчанию все), например sferum/polozhenie")
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

    @Option(names = "--templates", paramLabel = "ПАПКА", description = "своя папка шаблонов вместо встроенной")
    Path templates;

    TemplateEngine engine() {
        return new TemplateEngine(templates != null ? templates : Home.templates());
    }

    Generator generator(TemplateEngine engine) {
        return new Generator(engine, Formats.parse(format, pdfA), force, bundle);
    }

    /** --doc: the documents a run makes, all of them by default. */
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
