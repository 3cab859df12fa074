package ru.lokalakt.profile;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads profiles: YAML composed to nodes (never constructed into Java objects, so no tag can instantiate a class),
 * strictly UTF-8, with {@code extends} resolved into one merged tree in which the child wins.
 */
public final class ProfileLoader {
    static final int MAX_FILE_BYTES = 1 << 20;
    private static final String EXTENDS = "extends";
    /** Fields whose plain-string value names a bundled parent, and the folder it is found in. */
    private static final Map<String, String> NAMED_PARENTS = new LinkedHashMap<>();

    static {
        NAMED_PARENTS.put("kind", "kinds");
        NAMED_PARENTS.put("region", "regions");
    }
    /** Locations of keys themselves are kept under path + this suffix, for problems about the key. */
    public static final String KEY_SUFFIX = "#key";
    /** A value whose line ends with the comment «# пример» (as {@code lokalakt init} writes them) is kept under path + this. */
    public static final String EXAMPLE_SUFFIX = "#example";
    /** The comment that marks an example value. */
    public static final String EXAMPLE_MARK = "пример";

    private final Map<Path, Loaded> cache = new HashMap<>();
    private final Path bundledProfiles;
    private Path treeRoot;
    /** Where a profile sent as text finds its kind and region before the bundled ones: an office's own region file. */
    private Path ownParents;

    public ProfileLoader() {
        this(null);
    }

    /** {@code bundledProfiles}: the program's own profiles folder, which every profile may extend. */
    public ProfileLoader(Path bundledProfiles) {
        this.bundledProfiles = bundledProfiles == null ? null : real(bundledProfiles.toAbsolutePath().normalize());
    }

    private record Loaded(Map<String, Object> data, Map<String, Location> locations, List<Path> files) {
    }

    /** The files the last {@link #load} read: the profile and every parent, each once, parents first. */
    private List<Path> lastInputs = List.of();

    public List<Path> inputs() {
        return lastInputs;
    }

    /** The file that {@link #loadText} stands in for, and its text: read from memory, never from the disk. */
    private Path textFile;
    private String text;

    /**
     * A profile sent as text (by the web page or the API), read as if it stood at {@code profiles/examples/NAME}
     * in the bundled profiles: its {@code extends}, {@code kind} and {@code region} reach the bundled kinds,
     * regions and common file, and nothing else on the disk.
     */
    public Profile loadText(String yaml, String name) {
        if (bundledProfiles == null) {
            throw new IllegalStateException("loadText needs the bundled profiles folder");
        }
        if (yaml.length() > MAX_FILE_BYTES) {
            throw new ProfileException(new Location(Path.of(name), 1, 1), null, "профиль слишком велик (предел "
                    + MAX_FILE_BYTES + " байт)");
        }
        textFile = bundledProfiles.resolve("examples").resolve(name).normalize();
        text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        try {
            treeRoot = ownParents != null ? ownParents : bundledProfiles;
            Loaded loaded = withPackages(resolve(textFile, new ArrayDeque<>()));
            return new Profile(textFile, loaded.data, loaded.locations, bundledProfiles);
        } finally {
            textFile = null;
            text = null;
        }
    }

    /**
     * Kinds and regions for profiles sent as text looked up first in {@code folder} ({@code regions/},
     * {@code kinds/}), then in the bundled profiles: the edition of its region's file a regional office keeps.
     */
    public ProfileLoader ownParents(Path folder) {
        this.ownParents = folder == null ? null : real(folder.toAbsolutePath().normalize());
        return this;
    }

    /** The fields a profile's text writes itself, its parents not read: what a form shows and edits. */
    public static Map<String, Object> ownData(String yaml, String name) {
        ProfileLoader loader = new ProfileLoader();
        loader.textFile = Path.of(name);
        loader.text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        return loader.parse(loader.textFile).data;
    }

    /** One YAML file read as it is, no parent merged: a package's manifest, with the location of every value. */
    public static Profile readFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Loaded loaded = new ProfileLoader().parse(absolute);
        return new Profile(absolute, loaded.data, loaded.locations);
    }

    public Profile load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        treeRoot = profilesTree(absolute);
        Loaded loaded = withPackages(resolve(absolute, new ArrayDeque<>()));
        lastInputs = loaded.files;
        return new Profile(absolute, loaded.data, loaded.locations, bundledOrTree());
    }

    /** Several profiles merged in order, as if one file extended them all: a kind and a region for a model. */
    public Profile combine(Path... files) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, Location> locations = new HashMap<>();
        Path last = null;
        for (Path file : files) {
            last = file.toAbsolutePath().normalize();
            treeRoot = profilesTree(last);
            Loaded loaded = resolve(last, new ArrayDeque<>());
            deepMerge(merged, loaded.data);
            locations.putAll(loaded.locations);
        }
        Loaded all = withPackages(new Loaded(merged, locations, List.of()));
        return new Profile(last, all.data, all.locations, bundledOrTree());
    }

    private Loaded resolve(Path file, Deque<Path> chain) {
        if (chain.contains(file)) {
            List<String> names = new ArrayList<>();
            chain.descendingIterator().forEachRemaining(p -> names.add(p.getFileName().toString()));
            names.add(file.getFileName().toString());
            throw new ProfileException(new Location(file, 1, 1), "extends", "цикл в extends: " + String.join(" → ", names));
        }
        Loaded cached = cache.get(file);
        if (cached != null) {
            return cached;
        }
        // Parents (kinds, regions) are shared by many institutions and kept; an institution is read once, and
        // keeping it would make a batch's memory grow with the number of profiles.
        boolean isParent = !chain.isEmpty();
        chain.push(file);
        Loaded own = parse(file);
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, Location> locations = new HashMap<>();
        java.util.LinkedHashSet<Path> files = new java.util.LinkedHashSet<>();
        for (Path parent : parents(file, own)) {
            Loaded p = resolve(parent, chain);
            deepMerge(merged, p.data);
            locations.putAll(p.locations);
            files.addAll(p.files);
        }
        Map<String, Object> ownData = new LinkedHashMap<>(own.data);
        ownData.remove(EXTENDS);
        for (String named : NAMED_PARENTS.keySet()) {
            if (ownData.get(named) instanceof String) {
                ownData.remove(named);
            }
        }
        deepMerge(merged, ownData);
        locations.putAll(own.locations);
        chain.pop();
        files.add(file);
        Loaded result = new Loaded(merged, locations, List.copyOf(files));
        if (isParent) {
            cache.put(file, result);
        }
        return result;
    }

    /**
     * The profile over the values of the packages it uses: each package's defaults and its words for the profile's
     * kind, in the package's section, beneath everything the profile and its parents write.
     */
    private static Loaded withPackages(Loaded loaded) {
        Catalog catalog = Catalog.active();
        Object kind = loaded.data.get("kind") instanceof Map<?, ?> k ? k.get("id") : null;
        Map<String, Object> base = new LinkedHashMap<>();
        Map<String, Location> locations = new HashMap<>();
        for (PackageManifest p : catalog.used(new Profile(null, loaded.data, Map.of()))) {
            Map<String, Object> layer = new LinkedHashMap<>();
            deepMerge(layer, deepCopy(p.defaults()));
            addLocations(locations, p, "defaults.");
            if (kind instanceof String id && p.kinds().containsKey(id)) {
                deepMerge(layer, deepCopy(p.kinds().get(id)));
                addLocations(locations, p, "kinds." + id + ".");
            }
            deepMerge(base, p.section().isEmpty() ? layer : new LinkedHashMap<>(Map.of(p.section(), layer)));
        }
        if (base.isEmpty()) {
            return loaded;
        }
        deepMerge(base, loaded.data);
        locations.putAll(loaded.locations);
        return new Loaded(base, locations, loaded.files);
    }

    private static void addLocations(Map<String, Location> into, PackageManifest p, String prefix) {
        p.source().locations().forEach((path, at) -> {
            if (path.startsWith(prefix)) {
                into.put(p.full(path.substring(prefix.length())), at);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return deepCopy((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(deepCopyValue(x)));
            return out;
        }
        return v;
    }

    private static Map<String, Object> deepCopy(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, deepCopyValue(v)));
        return out;
    }

    /** The program's profiles folder; without one, the profiles tree of the file read stands in for it, as in {@link #named}. */
    private Path bundledOrTree() {
        return bundledProfiles != null ? bundledProfiles : treeRoot;
    }

    /** How many files this loader keeps parsed: the parents it has met, never the profiles asked for. */
    int cachedFiles() {
        return cache.size();
    }

    /**
     * The parents a profile names: {@code kind: school} and {@code region: kaluzhskaya-oblast} first, in that
     * order, then the files of {@code extends}.
     */
    private List<Path> parents(Path file, Loaded own) {
        List<Path> out = new ArrayList<>();
        for (Map.Entry<String, String> named : NAMED_PARENTS.entrySet()) {
            if (own.data.get(named.getKey()) instanceof String name) {
                out.add(named(named.getKey(), named.getValue(), name, own.locations.get(named.getKey())));
            }
        }
        Object ext = own.data.get(EXTENDS);
        if (ext == null) {
            return out;
        }
        List<Object> items = ext instanceof List<?> ? Profile.asList(ext) : List.of(ext);
        for (int i = 0; i < items.size(); i++) {
            String key = ext instanceof List<?> ? EXTENDS + "." + i : EXTENDS;
            Location at = own.locations.getOrDefault(key, own.locations.get(EXTENDS));
            if (!(items.get(i) instanceof String s) || s.isBlank()) {
                throw new ProfileException(at, EXTENDS, "ожидался путь к родительскому профилю");
            }
            Path parent = file.getParent().resolve(s).normalize();
            // A profile sent as text learns nothing of the disk outside the folders it may use: whether a file
            // is there or not, the answer is the same.
            if (textFile != null && !parent.startsWith(treeRoot) && (bundledProfiles == null || !parent.startsWith(bundledProfiles))) {
                throw new ProfileException(at, EXTENDS, "родительский профиль «" + s + "» лежит вне папки профилей "
                        + "поставки: присланный профиль может опираться только на её виды и регионы");
            }
            if (!Files.isRegularFile(parent) || parent.equals(textFile)) {
                throw new ProfileException(at, EXTENDS, "родительский профиль «" + s + "» не найден"
                        + (textFile != null ? "" : " (" + parent + ")"));
            }
            Path realParent = real(parent);
            if (!realParent.startsWith(treeRoot) && (bundledProfiles == null || !realParent.startsWith(bundledProfiles))) {
                throw new ProfileException(at, EXTENDS, "родительский профиль «" + s + "» лежит вне папки профилей "
                        + (textFile != null ? "поставки: присланный профиль может опираться только на её виды и регионы"
                        : treeRoot + (bundledProfiles == null ? "" : " и вне " + bundledProfiles)));
            }
            out.add(parent);
        }
        return out;
    }

    /**
     * The file a name such as {@code school} stands for: {@code <folder>/<name>.yaml} in the user's own profiles
     * folder first, then in the bundled one.
     */
    private Path named(String field, String folder, String name, Location at) {
        List<Path> roots = new ArrayList<>();
        roots.add(treeRoot);
        if (bundledProfiles != null && !bundledProfiles.equals(treeRoot)) {
            roots.add(bundledProfiles);
        }
        if (name.matches("[a-z0-9][a-z0-9_-]{0,79}")) {
            for (Path root : roots) {
                Path candidate = root.resolve(folder).resolve(name + ".yaml");
                if (Files.isRegularFile(candidate)) {
                    return candidate.toAbsolutePath().normalize();
                }
            }
        }
        java.util.Set<String> known = new java.util.TreeSet<>(known(roots, folder));
        String what = field.equals("kind") ? "вид организации" : "регион";
        // Eighty-nine regions are too many to list in a message: the suggestion and the command that shows them.
        String guess = ProfileValidator.suggestion(name, known);
        String all = known.size() > 10 ? guess + "; все показывает «lokalakt list»" : "; есть: " + String.join(", ", known) + guess;
        throw new ProfileException(at, field, what + " «" + name + "» неизвестен" + all);
    }

    /** The names of the kinds or regions to be found in these profiles folders. */
    public static java.util.Set<String> known(List<Path> roots, String folder) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Path root : roots) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                        .forEach(n -> out.add(n.substring(0, n.length() - 5)));
            } catch (IOException e) {
                // an unreadable folder offers no names
            }
        }
        return out;
    }

    /**
     * The folders where a profile at {@code file} finds the kinds or regions it names, as {@link #load} looks for
     * them: its own profiles tree first (a {@code regions} folder next to the profile), then the bundled one.
     */
    public static List<Path> rootsFor(Path file, Path bundledProfiles) {
        Path own = profilesTree(file.toAbsolutePath().normalize());
        List<Path> roots = new ArrayList<>();
        roots.add(own);
        Path bundled = real(bundledProfiles.toAbsolutePath().normalize());
        if (!bundled.equals(own)) {
            roots.add(bundled);
        }
        return roots;
    }

    /** The nearest folder named «profiles» above the file, or the file's own folder: what extends may reach. */
    private static Path profilesTree(Path file) {
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("profiles")) {
                return real(p);
            }
        }
        return real(file.getParent());
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    @SuppressWarnings("unchecked")
    static void deepMerge(Map<String, Object> target, Map<String, Object> source) {
        for (Map.Entry<String, Object> e : source.entrySet()) {
            Object existing = target.get(e.getKey());
            if (existing instanceof Map<?, ?> em && e.getValue() instanceof Map<?, ?> sm) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) em);
                deepMerge(copy, (Map<String, Object>) sm);
                target.put(e.getKey(), copy);
            } else {
                target.put(e.getKey(), e.getValue());
            }
        }
    }

    private Loaded parse(Path file) {
        String text = file.equals(textFile) ? this.text : readUtf8(file);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_FILE_BYTES);
        options.setProcessComments(true);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = yaml.compose(new SurrogateSafeReader(text));
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            Mark mark = e.getContextMark() != null && (e.getProblemMark() == null || YamlMessages.pointsAtContext(problem))
                    ? e.getContextMark() : e.getProblemMark();
            throw new ProfileException(location(file, mark), null, "ошибка YAML: "
                    + YamlMessages.translate(problem, e.getContext()));
        } catch (YAMLException e) {
            throw new ProfileException(new Location(file, 1, 1), null, "ошибка YAML: " + YamlMessages.translate(e.getMessage()));
        } catch (RuntimeException e) {
            // A defect of the YAML library on strange input is still the input's problem to report, not a crash.
            throw new ProfileException(new Location(file, 1, 1), null, "файл не удалось разобрать как YAML: проверьте отступы, двоеточия и кавычки");
        }
        if (root == null) {
            throw new ProfileException(new Location(file, 1, 1), null, "файл пуст");
        }
        if (!(root instanceof MappingNode)) {
            throw new ProfileException(location(file, root.getStartMark()), null,
                    "на верхнем уровне профиля должны быть поля «ключ: значение», а не список или строка");
        }
        Map<String, Location> locations = new HashMap<>();
        locations.put("", location(file, root.getStartMark()));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) new Conversion(file, text, options, locations).convert(null, root, "");
        return new Loaded(data, locations, List.of(file));
    }

    /**
     * Turns the node graph into plain maps, lists and strings. An alias is copied wherever it stands; one that
     * stands inside the very node it names (SnakeYAML composes such a node legally) is refused, and so is a
     * graph that aliases would unfold past what any profile holds.
     */
    private static final class Conversion {
        /**
         * How many nodes aliases may copy in all: a whole profile's fields many times over, and far fewer than
         * aliases of aliases unfold to (twenty of them, each doubling a list, make a million copies of it).
         */
        static final int MAX_COPIES = 20_000;

        private final Path file;
        private final String text;
        private final LoaderOptions options;
        private final Map<String, Location> locations;
        /** The collections being converted, outermost first, with their paths: an alias to one of them is a cycle. */
        private final Map<Node, String> open = new java.util.IdentityHashMap<>();
        /** Every node converted once; meeting one again means an alias copies it. */
        private final java.util.Set<Node> converted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private int copies;

        Conversion(Path file, String text, LoaderOptions options, Map<String, Location> locations) {
            this.file = file;
            this.text = text;
            this.options = options;
            this.locations = locations;
        }

        Object convert(Node parent, Node node, String path) {
            String cyclePath = open.get(node);
            if (cyclePath != null) {
                throw new ProfileException(aliasLocation(parent, node), cyclePath,
                        "ссылка-псевдоним «*" + node.getAnchor() + "» ведёт сама на себя");
            }
            if (!converted.add(node) && ++copies > MAX_COPIES) {
                throw new ProfileException(location(file, node.getStartMark()), path,
                        "ссылки-псевдонимы (&/*) разворачиваются в слишком большое значение");
            }
            locations.put(path, location(file, node.getStartMark()));
            Tag tag = node.getTag();
            if (node instanceof ScalarNode scalar) {
                if (node.getInLineComments() != null && node.getInLineComments().stream()
                        .anyMatch(c -> c.getValue().strip().equals(EXAMPLE_MARK))) {
                    locations.put(path + EXAMPLE_SUFFIX, location(file, node.getStartMark()));
                }
                if (tag.equals(Tag.NULL)) {
                    return null;
                }
                if (tag.equals(Tag.BOOL)) {
                    return Boolean.valueOf(scalar.getValue().toLowerCase(java.util.Locale.ROOT).matches("true|yes|on|y"));
                }
                if (!isPlainTag(tag)) {
                    throw unsupportedTag(file, node, path);
                }
                return scalar.getValue();
            }
            open.put(node, path);
            Object out = node instanceof SequenceNode seq ? list(seq, path) : map((MappingNode) node, path);
            open.remove(node);
            return out;
        }

        private List<Object> list(SequenceNode seq, String path) {
            if (!seq.getTag().equals(Tag.SEQ)) {
                throw unsupportedTag(file, seq, path);
            }
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < seq.getValue().size(); i++) {
                list.add(convert(seq, seq.getValue().get(i), join(path, String.valueOf(i))));
            }
            return list;
        }

        private Map<String, Object> map(MappingNode map, String path) {
            if (!map.getTag().equals(Tag.MAP)) {
                throw unsupportedTag(file, map, path);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key) || key.getValue().isEmpty()) {
                    throw new ProfileException(location(file, tuple.getKeyNode().getStartMark()), path,
                            "ключ должен быть простым словом");
                }
                if (key.getValue().equals("<<")) {
                    throw new ProfileException(location(file, key.getStartMark()), path,
                            "слияние «<<» не поддерживается: используйте extends");
                }
                String childPath = join(path, key.getValue());
                if (seen(map, key)) {
                    throw new ProfileException(location(file, key.getStartMark()), childPath,
                            "ключ повторяется: «" + key.getValue() + "» уже задан выше");
                }
                Object value = convert(map, tuple.getValueNode(), childPath);
                locations.put(childPath, location(file, tuple.getValueNode().getStartMark()));
                locations.put(childPath + KEY_SUFFIX, location(file, key.getStartMark()));
                if (value != null) {
                    out.put(key.getValue(), value);
                }
            }
            return out;
        }

        /**
         * Where the alias «*name» stands that leads from {@code parent} back to {@code node}: the node graph keeps
         * only the node it names, so the text is read again, as events, for the first such alias inside the parent.
         */
        private Location aliasLocation(Node parent, Node node) {
            Mark from = parent == null ? null : parent.getStartMark();
            Mark to = parent == null ? null : parent.getEndMark();
            if (from != null && to != null && node.getAnchor() != null) {
                try {
                    for (Event event : new Yaml(new SafeConstructor(options)).parse(new SurrogateSafeReader(text))) {
                        Mark at = event.getStartMark();
                        if (at == null || at.getIndex() > to.getIndex()) {
                            break;
                        }
                        if (event instanceof AliasEvent alias && alias.getAnchor().equals(node.getAnchor())
                                && at.getIndex() >= from.getIndex()) {
                            return location(file, at);
                        }
                    }
                } catch (RuntimeException e) {
                    // the text was composed once already; should reading it again fail, the anchor is named instead
                }
            }
            return location(file, node.getStartMark());
        }
    }

    /** Whether an earlier key of the same mapping has this name (null values are not kept in the map). */
    private static boolean seen(MappingNode map, ScalarNode key) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() == key) {
                return false;
            }
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Plain scalars only: strings, numbers and dates stay text and are typed by validation. */
    private static boolean isPlainTag(Tag tag) {
        return tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.TIMESTAMP);
    }

    private static ProfileException unsupportedTag(Path file, Node node, String path) {
        return new ProfileException(location(file, node.getStartMark()), path,
                "тег «" + node.getTag().getValue() + "» не допускается в профиле");
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Location location(Path file, Mark mark) {
        return mark == null ? new Location(file, 1, 1) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    static String readUtf8(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ProfileException(file + ": это папка, а нужен файл профиля .yaml");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ProfileException(new Location(file, 1, 1), null, "файл слишком велик (" + size + " байт, предел "
                        + MAX_FILE_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProfileException(file + ": файл не найден");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ProfileException(file + ": нет прав на чтение файла");
        } catch (IOException e) {
            throw new ProfileException(file + ": не удалось прочитать файл");
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new ProfileException(new Location(file, 1, 1), null, "файл в кодировке UTF-16; сохраните его в UTF-8");
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProfileException(new Location(file, 1, 1), null, "файл не в кодировке UTF-8 (возможно, Windows-1251); "
                    + "сохраните его как UTF-8 (в Блокноте: «Сохранить как» → «Кодировка: UTF-8»)");
        }
    }
}
