package ru.lokalakt.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Institution profiles among files and folders: a YAML file with its own top-level {@code id}. Kind, region and
 * common files have none and are parents, not institutions. A file that cannot be read as text is kept, so that
 * its defect is reported rather than silently skipped.
 */
public final class ProfileFinder {
    private static final Pattern OWN_ID = Pattern.compile("(?m)^id\\s*:");

    private ProfileFinder() {
    }

    public static List<Path> find(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    files.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted()
                            .filter(ProfileFinder::isInstitution)
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(input);
            }
        }
        return out;
    }

    static boolean isInstitution(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return OWN_ID.matcher(text).find() || text.indexOf('\uFFFD') >= 0 || bytes.length == 0;
        } catch (IOException e) {
            return true;
        }
    }
}
