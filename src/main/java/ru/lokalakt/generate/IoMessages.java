package ru.lokalakt.generate;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A failed read or write, said in Russian with the path it concerns; the JDK's English text is not shown. */
public final class IoMessages {
    private IoMessages() {
    }

    public static String describe(IOException e) {
        String path = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
        String where = path == null ? "" : ": " + path;
        if (e instanceof AccessDeniedException) {
            return "нет прав на запись или чтение" + where;
        }
        if (e instanceof NoSuchFileException) {
            return "нет такой папки или файла" + where;
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
            return "на месте папки стоит файл" + where;
        }
        String text = String.valueOf(e.getMessage());
        if (text.contains("No space left")) {
            return "на диске не осталось места" + where;
        }
        if (text.contains("Read-only file system")) {
            return "диск только для чтения" + where;
        }
        return "ошибка ввода-вывода" + where;
    }
}
