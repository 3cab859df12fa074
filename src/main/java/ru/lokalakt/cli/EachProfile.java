package ru.lokalakt.cli;

import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.template.TemplateFailure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs one check over many profiles: a broken profile is reported and the others still get checked. */
final class EachProfile {
    /** Checks one loaded profile; false when it found something to report. */
    interface Check {
        boolean passes(Path path, Profile profile);
    }

    private EachProfile() {
    }

    static int check(List<Path> paths, PrintWriter out, PrintWriter err, Check check) {
        ProfileLoader loader = new ProfileLoader(Home.profiles());
        int status = ExitCode.OK;
        for (Path path : paths) {
            try {
                if (!check.passes(path, loader.load(path))) {
                    status = ExitCode.INVALID_INPUT;
                }
            } catch (ProfileException | TemplateFailure e) {
                Messages.print(err, e.getMessage());
                status = ExitCode.INVALID_INPUT;
            }
        }
        out.flush();
        return status;
    }
}
