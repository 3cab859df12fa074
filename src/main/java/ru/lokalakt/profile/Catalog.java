package ru.lokalakt.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The packages of documents a run can make, found in its template folders (the user's own first, then the
 * bundled one; a package of the same name in an earlier folder hides the later), and what they make of the
 * profile: the schema a profile is checked against (the core fields of {@link Schema#CORE} with every package's
 * fields in its section), each field's description, the documents and what each needs.
 */
public final class Catalog {
    private static final Map<List<Path>, Catalog> CACHE = new ConcurrentHashMap<>();
    private static volatile Catalog active;

    private final List<Path> roots;
    private final List<PackageManifest> packages;
    private final Schema.Fields profile;
    private final Map<String, SchemaDocs.Doc> docs = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<String> declined = new ArrayList<>();
    private final Map<String, PackageManifest.DocumentSpec> documents = new LinkedHashMap<>();
    private final Map<String, PackageManifest> byDocument = new LinkedHashMap<>();

    private Catalog(List<Path> roots, List<PackageManifest> packages) {
        this.roots = List.copyOf(roots);
        this.packages = List.copyOf(packages);
        Map<String, Schema> top = new LinkedHashMap<>(Schema.CORE.fields());
        for (PackageManifest p : packages) {
            Map<String, Schema> own = new LinkedHashMap<>();
            if (p.hasRegulation()) {
                own.putAll(Schema.ACTS.fields());
            }
            merge(own, p.fields().fields());
            if (p.section().isEmpty()) {
                merge(top, own);
            } else {
                top.put(p.section(), new Schema.Fields(own));
            }
            p.docs().forEach((rel, doc) -> docs.putIfAbsent(p.full(rel), doc));
            p.labels().forEach((rel, label) -> labels.put(p.full(rel), label));
            p.declined().forEach(rel -> declined.add(p.full(rel)));
            for (PackageManifest.DocumentSpec d : p.documents()) {
                documents.put(d.id(), d);
                byDocument.put(d.id(), p);
            }
        }
        this.profile = new Schema.Fields(top);
    }

    /** Adds {@code add} into {@code into}: nested fields are merged, a field already there keeps its type. */
    private static void merge(Map<String, Schema> into, Map<String, Schema> add) {
        add.forEach((key, schema) -> {
            if (into.get(key) instanceof Schema.Fields have && schema instanceof Schema.Fields more) {
                Map<String, Schema> m = new LinkedHashMap<>(have.fields());
                merge(m, more.fields());
                into.put(key, new Schema.Fields(m));
            } else {
                into.putIfAbsent(key, schema);
            }
        });
    }

    /** The catalog of these template folders, read once (a changed manifest is read again). */
    public static Catalog of(List<Path> roots) {
        List<Path> key = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Catalog cached = CACHE.get(key);
        if (cached != null && !cached.stale()) {
            return cached;
        }
        Catalog fresh = read(key);
        CACHE.put(key, fresh);
        return fresh;
    }

    /** The catalog of the bundled templates: {@code templates/} of the program's folder (system property lokalakt.home). */
    public static Catalog bundled() {
        return of(List.of(bundledRoot()));
    }

    public static Path bundledRoot() {
        String home = System.getProperty("lokalakt.home");
        return Path.of(home == null ? "." : home).toAbsolutePath().normalize().resolve("templates");
    }

    /** The catalog this run works with: the bundled one unless a command chose its template folders. */
    public static Catalog active() {
        Catalog c = active;
        return c != null ? c : bundled();
    }

    /** Makes {@code catalog} the one this run's checks and forms use; null goes back to the bundled one. */
    public static void activate(Catalog catalog) {
        active = catalog;
    }

    private final Map<Path, java.nio.file.attribute.FileTime> read = new LinkedHashMap<>();

    private boolean stale() {
        for (Map.Entry<Path, java.nio.file.attribute.FileTime> e : read.entrySet()) {
            try {
                if (!Files.getLastModifiedTime(e.getKey()).equals(e.getValue())) {
                    return true;
                }
            } catch (IOException ex) {
                return true;
            }
        }
        return packageFolders(roots).size() != read.size();
    }

    private static List<Path> packageFolders(List<Path> roots) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> list = Files.list(root)) {
                list.filter(Files::isDirectory).filter(PackageManifest::isPackage).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static Catalog read(List<Path> roots) {
        List<PackageManifest> packages = new ArrayList<>();
        java.util.Set<String> names = new LinkedHashSet<>();
        Map<Path, java.nio.file.attribute.FileTime> times = new LinkedHashMap<>();
        for (Path folder : packageFolders(roots)) {
            Path file = folder.resolve(PackageManifest.FILE);
            try {
                times.put(file, Files.getLastModifiedTime(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (names.add(folder.getFileName().toString())) {
                packages.add(PackageManifest.read(file));
            }
        }
        // The packages every profile uses by default first (their documents and groups lead the lists), then by name.
        packages.sort(java.util.Comparator.comparing((PackageManifest p) -> !p.byDefault()).thenComparing(PackageManifest::name));
        Catalog c = new Catalog(roots, packages);
        c.read.putAll(times);
        return c;
    }

    public List<Path> roots() {
        return roots;
    }

    public List<PackageManifest> packages() {
        return packages;
    }

    /** The schema a profile is checked against: the core and every package's fields. */
    public Schema.Fields profile() {
        return profile;
    }

    public Schema at(String path) {
        return Schema.at(profile, path);
    }

    public Optional<PackageManifest> pkg(String name) {
        return packages.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<PackageManifest.DocumentSpec> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The package a document belongs to, or null for a template outside any package. */
    public PackageManifest packageOf(String documentId) {
        return byDocument.get(documentId);
    }

    /** Every document of every package, in the packages' order. */
    public List<String> documentIds() {
        return List.copyOf(documents.keySet());
    }

    /** The documents of these packages. */
    public List<String> documentIds(List<PackageManifest> of) {
        List<String> out = new ArrayList<>();
        for (PackageManifest p : of) {
            p.documents().forEach(d -> out.add(d.id()));
        }
        return out;
    }

    /** The short title of a document for lists, or its id. */
    public String shortTitle(String documentId) {
        PackageManifest.DocumentSpec d = documents.get(documentId);
        return d == null ? documentId : d.shortTitle();
    }

    /**
     * The packages a profile uses: those its {@code packages} names, else those marked {@code default: true} in
     * their manifests. Names no package has are left out here; the validator reports them.
     */
    public List<PackageManifest> used(Profile profile) {
        Object named = profile.data().get("packages");
        if (named instanceof List<?> list) {
            List<PackageManifest> out = new ArrayList<>();
            for (Object n : list) {
                pkg(String.valueOf(n)).ifPresent(out::add);
            }
            return out;
        }
        return packages.stream().filter(PackageManifest::byDefault).toList();
    }

    /** A field's meaning: a package's own description, else the core's (a package's acts share the core's words). */
    public SchemaDocs.Doc doc(String path) {
        SchemaDocs.Doc d = SchemaDocs.lookup(docs, path);
        if (d != null) {
            return d;
        }
        d = SchemaDocs.lookup(SchemaDocs.core(), path);
        if (d != null) {
            return d;
        }
        for (PackageManifest p : packages) {
            String prefix = p.section() + ".";
            if (!p.section().isEmpty() && path.startsWith(prefix)) {
                return SchemaDocs.lookup(SchemaDocs.core(), path.substring(prefix.length()));
            }
        }
        return null;
    }

    /** Every described field: the core's, then each package's, full paths. */
    public Map<String, SchemaDocs.Doc> docs() {
        Map<String, SchemaDocs.Doc> out = new LinkedHashMap<>(SchemaDocs.core());
        docs.forEach(out::putIfAbsent);
        return out;
    }

    /**
     * The package that adds a field (full path, «*» for list items and map keys), or null for a field of the core
     * and of every package's acts.
     */
    public PackageManifest fieldPackage(String path) {
        for (PackageManifest p : packages) {
            if (!p.section().isEmpty() && (path.equals(p.section()) || path.startsWith(p.section() + "."))) {
                return p;
            }
            String rel = p.section().isEmpty() ? path : null;
            if (rel != null && SchemaDocs.lookup(p.docs(), rel) != null && SchemaDocs.lookup(SchemaDocs.core(), rel) == null) {
                return p;
            }
        }
        return null;
    }

    /** A form label a package gives a field, or null. */
    public String label(String path) {
        return labels.get(path);
    }

    /** Phrases whose case forms the form shows beside the field, from the packages. */
    public List<String> declined() {
        return declined;
    }

    /** The heading of the section a path belongs to. */
    public String section(String path) {
        String top = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        SchemaDocs.Doc d = docs.get(top);
        if (d != null && d.heading() != null) {
            return d.heading();
        }
        for (PackageManifest p : packages) {
            if (p.section().equals(top)) {
                return p.title();
            }
        }
        return SchemaDocs.coreSection(top);
    }

    /**
     * The fields each document needs: its package's (and its acts', for a package with a regulation), then the
     * document's own, full paths; {@code when} tells which conditional ones apply.
     */
    public List<String> required(String documentId, java.util.function.Predicate<String> when) {
        PackageManifest p = byDocument.get(documentId);
        if (p == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(required(p, when));
        documents.get(documentId).needs().forEach(n -> out.add(p.full(n)));
        return out;
    }

    /** The fields every document of a package needs. */
    public List<String> required(PackageManifest p, java.util.function.Predicate<String> when) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (p.hasRegulation()) {
            Schema.REQUIRED_ACTS.forEach(f -> out.add(p.full(f)));
        }
        p.required().forEach(f -> out.add(p.full(f)));
        for (PackageManifest.Conditional c : p.requiredIf()) {
            if (when.test(p.full(c.when()))) {
                c.fields().forEach(f -> out.add(p.full(f)));
            }
        }
        return new ArrayList<>(out);
    }

    /** The regulations of these packages: what lokalakt amend can amend. */
    public List<String> regulations(List<PackageManifest> of) {
        List<String> out = new ArrayList<>();
        for (PackageManifest p : of) {
            p.documents().stream().filter(PackageManifest.DocumentSpec::regulation).forEach(d -> out.add(d.id()));
        }
        return out;
    }

    /** The order that approves a regulation (what --bundle pairs), or null. */
    public String approverOf(String regulation) {
        for (PackageManifest.DocumentSpec d : documents.values()) {
            if (regulation.equals(d.approves())) {
                return d.id();
            }
        }
        return null;
    }
}
