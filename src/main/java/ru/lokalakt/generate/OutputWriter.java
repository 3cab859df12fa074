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

    /**
     * Writes a set: every file goes to its temporary name first, and only when all are on disk are they renamed,
     * so a full disk or a write error half-way leaves the previous set untouched.
     */
    public static void writeAll(Path folder, List<RenderedFile> files) throws IOException {
        Files.createDirectories(folder);
        removeStaleParts(folder);
        List<Path> temps = new java.util.ArrayList<>();
        try {
            for (RenderedFile file : files) {
                temps.add(writeTemp(folder, file.fileName(), file.bytes()));
            }
            for (int i = 0; i < files.size(); i++) {
                move(temps.get(i), folder.resolve(files.get(i).fileName()));
            }
        } finally {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Like {@link #writeAll}, but a file whose bytes are already there is left alone, its time stamp kept.
     * Returns, per file, whether it was written.
     */
    public static List<Boolean> writeChanged(Path folder, List<RenderedFile> files) throws IOException {
        List<RenderedFile> changed = new java.util.ArrayList<>();
        List<Boolean> written = new java.util.ArrayList<>();
        for (RenderedFile file : files) {
            Path target = folder.resolve(file.fileName());
            boolean same = Files.isRegularFile(target) && Files.size(target) == file.bytes().length
                    && java.util.Arrays.equals(Files.readAllBytes(target), file.bytes());
            written.add(!same);
            if (!same) {
                changed.add(file);
            }
        }
        if (!changed.isEmpty()) {
            writeAll(folder, changed);
        }
        return written;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path temp = writeTemp(target.getParent(), target.getFileName().toString(), bytes);
        try {
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes the bytes to a new hidden file beside the target. It is created as an ordinary file, so the umask
     * decides its permissions (0644 under umask 022), and the rename keeps them; a temporary-file API would make
     * it readable by its owner only.
     */
    private static Path writeTemp(Path folder, String name, byte[] bytes) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "." + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".part");
            try {
                Files.write(temp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                return temp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }
    }

    /** Temporary files a killed run left behind: never a document, safe to remove before writing anew. */
    private static void removeStaleParts(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".part")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
