package ru.lokalakt.generate;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes each file under a temporary name in its target folder and renames it when complete: a crash or a kill
 * leaves either the old file or the new one, never a truncated one.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    public static void writeAll(Path folder, List<RenderedFile> files) throws IOException {
        Files.createDirectories(folder);
        for (RenderedFile file : files) {
            write(folder.resolve(file.fileName()), file.bytes());
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
