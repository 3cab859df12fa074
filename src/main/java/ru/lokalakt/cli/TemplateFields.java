package ru.lokalakt.cli;

import ru.lokalakt.profile.Catalog;
import ru.lokalakt.profile.PackageManifest;
import ru.lokalakt.profile.Schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The profile fields a template reads, found in its FreeMarker expressions, checked against what the core and its
 * package declare: a field nobody declared would fail only for the profile that lacks it.
 */
final class TemplateFields {
    /** Expressions: ${…} and the insides of directives and macro calls. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}|<[#@]([^>]*)>");
    /** A dotted name not preceded by a dot, a quote or a built-in's «?». */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w.?\"'])([a-z_][A-Za-z0-9_]*)((?:\\.[a-z_][A-Za-z0-9_]*)*)(?![\\w(])");
    /** Words of FreeMarker's expressions that are not names. */
    private static final Set<String> KEYWORDS = Set.of("true", "false", "gt", "lt", "gte", "lte", "as", "in", "using");
    private static final Pattern LOCAL = Pattern.compile("<#(?:assign|local|global)\\s+([A-Za-z_][A-Za-z0-9_]*)"
            + "|\\bas\\s+([A-Za-z_][A-Za-z0-9_]*)|<#(?:macro|function)\\s+[A-Za-z_][A-Za-z0-9_]*((?:\\s+[A-Za-z_][A-Za-z0-9_]*(?:=[^\\s>]+)?)*)");
    /** What the template model computes on a phrase, a person or a date, beyond the profile's own keys. */
    private static final Set<String> COMPUTED = Set.of("nom", "gen", "dat", "acc", "ins", "pre", "short", "full",
            "signature", "female", "numeric", "quoted", "text", "year", "iso");

    private TemplateFields() {
    }

    static List<String> undeclared(Path file, PackageManifest manifest, Catalog catalog) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return List.of(file + ": не читается");
        }
        // Comments are not read: their lines are kept empty so that line numbers still count.
        text = java.util.regex.Pattern.compile("<#--.*?-->", java.util.regex.Pattern.DOTALL).matcher(text)
                .replaceAll(m -> m.group().replaceAll("[^\\n]", ""));
        Set<String> locals = new HashSet<>(Set.of("d", "r", "sheets", "amendment"));
        Matcher l = LOCAL.matcher(text);
        while (l.find()) {
            if (l.group(1) != null) {
                locals.add(l.group(1));
            } else if (l.group(2) != null) {
                locals.add(l.group(2));
            } else if (l.group(3) != null) {
                for (String param : l.group(3).strip().split("\\s+")) {
                    if (!param.isBlank()) {
                        locals.add(param.replaceFirst("=.*", ""));
                    }
                }
            }
        }
        // The package's templates see its section at the top.
        Schema.Fields seen = seenBy(manifest, catalog);
        List<String> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        Matcher e = EXPRESSION.matcher(text);
        while (e.find()) {
            String expr = e.group(1) != null ? e.group(1) : e.group(2);
            int exprStart = e.group(1) != null ? e.start(1) : e.start(2);
            Matcher m = DOTTED.matcher(expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\""));
            while (m.find()) {
                String root = m.group(1);
                // A bare name is read only in an interpolation: a directive's words (list, if, as …) are not names.
                if (locals.contains(root) || KEYWORDS.contains(root) || m.group(2).isEmpty() && e.group(1) == null) {
                    continue;
                }
                String path = root + m.group(2);
                String problem = check(seen, path);
                if (problem != null && reported.add(problem)) {
                    int line = 1 + (int) text.substring(0, exprStart).chars().filter(c -> c == '\n').count();
                    out.add(file + ":" + line + ": " + problem);
                }
            }
        }
        return out;
    }

    private static Schema.Fields seenBy(PackageManifest manifest, Catalog catalog) {
        if (manifest.section().isEmpty()) {
            return catalog.profile();
        }
        java.util.Map<String, Schema> top = new java.util.LinkedHashMap<>(catalog.profile().fields());
        if (catalog.profile().fields().get(manifest.section()) instanceof Schema.Fields own) {
            top.putAll(own.fields());
        }
        return new Schema.Fields(top);
    }

    /** Null when the path is declared (or computed from a declared phrase, person or date), else the problem. */
    private static String check(Schema.Fields root, String path) {
        Schema current = root;
        String[] keys = path.split("\\.");
        StringBuilder walked = new StringBuilder();
        for (String key : keys) {
            if (current instanceof Schema.Fields f) {
                Schema next = f.fields().get(key);
                if (next == null) {
                    String at = walked.isEmpty() ? key : walked + "." + key;
                    return "поле «" + at + "» не объявлено ни в общих полях профиля, ни в манифесте пакета (fields)";
                }
                current = next;
            } else if (current instanceof Schema.MapOf m) {
                current = m.value();
            } else if (current instanceof Schema.ListOf) {
                return null;
            } else {
                // a phrase, a person, a date: their forms are computed; anything further is not checked here
                return null;
            }
            walked.append(walked.isEmpty() ? "" : ".").append(key);
        }
        return null;
    }
}
