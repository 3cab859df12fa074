package ru.lokalakt.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.lokalakt.generate.Generator;
import ru.lokalakt.generate.OutputWriter;
import ru.lokalakt.generate.RenderedFile;
import ru.lokalakt.profile.ModelProfile;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.render.RenderException;
import ru.lokalakt.template.TemplateEngine;
import ru.lokalakt.template.TemplateFailure;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Создаёт документы организации по её профилю: OUT/<id>/<документ>.<формат>.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ПРОФИЛЬ", description = "файл профиля организации (.yaml)")
    Path profile;

    @Mixin
    RenderOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            TemplateEngine engine = options.engine(profile);
            List<String> asked = options.documentIds(engine);
            Generator generator = options.generator(engine);
            ProfileLoader loader = new ProfileLoader(Home.profiles());
            Profile loaded = loader.load(profile);
            List<Profile> profiles = options.model || ModelProfile.requested(loaded)
                    ? ModelProfile.expand(loader, loaded, Home.profiles().resolve("kinds")) : List.of(loaded);
            // Everything is rendered before anything is written: a failure leaves no partial set behind.
            List<List<RenderedFile>> rendered = new java.util.ArrayList<>();
            for (Profile p : profiles) {
                rendered.add(generator.render(p, options.forProfile(engine, p, asked)));
            }
            for (int i = 0; i < profiles.size(); i++) {
                Path folder = options.output.resolve(profiles.get(i).id());
                OutputWriter.writeAll(folder, rendered.get(i));
                for (RenderedFile file : rendered.get(i)) {
                    out.println(folder.resolve(file.fileName()));
                }
            }
            return ExitCode.OK;
        } catch (UsageException e) {
            err.println("lokalakt: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (ProfileException | TemplateFailure | RenderException | ru.lokalakt.lint.LintException e) {
            Messages.print(err, e.getMessage());
            return ExitCode.INVALID_INPUT;
        } catch (IOException e) {
            err.println("lokalakt: не удалось записать файлы: " + ru.lokalakt.generate.IoMessages.describe(e));
            return ExitCode.INVALID_INPUT;
        }
    }

}
