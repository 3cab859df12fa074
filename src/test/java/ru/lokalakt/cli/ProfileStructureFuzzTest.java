package ru.lokalakt.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;
import ru.lokalakt.Examples;
import ru.lokalakt.cli.YamlTree.Alias;
import ru.lokalakt.cli.YamlTree.Case;
import ru.lokalakt.cli.YamlTree.Encoding;
import ru.lokalakt.cli.YamlTree.Entry;
import ru.lokalakt.cli.YamlTree.Mapping;
import ru.lokalakt.cli.YamlTree.Node;
import ru.lokalakt.cli.YamlTree.Scalar;
import ru.lokalakt.cli.YamlTree.Sequence;
import ru.lokalakt.cli.YamlTree.Style;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.profile.ProfileException;
import ru.lokalakt.profile.ProfileLoader;
import ru.lokalakt.profile.ProfileValidator;
import ru.lokalakt.web.ProfileStore;
import ru.lokalakt.web.WebEngine;
import ru.lokalakt.web.WebServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the loader by structure rather than by bytes (as {@link ProfileFuzzTest} does): YAML trees with anchors,
 * aliases (to a finished node, to an enclosing one, to none), merge keys, tags, deep nesting, long scalars, odd
 * keys and foreign encodings, through the loader, {@code validate}, {@code batch} and {@code POST /api/validate}.
 * Every answer is a profile or short Russian lines; nothing escapes and nothing runs past its time.
 *
 * <p>Each case is made by {@link #profile(Random)} from {@code new Random(seed)}, its seed being the target's
 * base times 1000 plus the case's number; a failure names the seed and shows the YAML, so it replays. The cases
 * that found a failure are kept below as plain tests.
 */
class ProfileStructureFuzzTest {
    private static final String EXAMPLE = Examples.profile("litsey-derzhava").toString();
    /** A posted profile is read as if it stood among the bundled examples. */
    private static final String POSTED_EXAMPLE = "litsey-derzhava.yaml";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static Path dir;
    private static WebServer server;
    private static ProfileLoader loader;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("lokalakt-structure-fuzz");
        loader = new ProfileLoader(Examples.PROFILES);
        server = new WebServer(new WebEngine(Examples.PROFILES, Examples.TEMPLATES), new ProfileStore(dir.resolve("saved")),
                "127.0.0.1", 0, null);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---- the seeded runs: 200 cases through the loader, 40 through validate, 5 batches of 3, 60 posted

    @TestFactory
    Stream<DynamicTest> theLoaderGivesAProfileOrRussianLines() {
        return seeded(2800128, 200, ProfileStructureFuzzTest::profile, ProfileStructureFuzzTest::load);
    }

    @TestFactory
    Stream<DynamicTest> validateSaysFineOrRussianLines() {
        return seeded(2800228, 40, ProfileStructureFuzzTest::profile, ProfileStructureFuzzTest::validate);
    }

    @TestFactory
    Stream<DynamicTest> batchHasARowForEveryProfileAndTheCountsAddUp() {
        return seeded(2800328, 5, random -> List.of(profile(random), profile(random), profile(random)),
                ProfileStructureFuzzTest::batch);
    }

    @TestFactory
    Stream<DynamicTest> apiValidateAnswersJsonWithRussianMessages() {
        return seeded(2800428, 60, ProfileStructureFuzzTest::profile, ProfileStructureFuzzTest::apiValidate);
    }

    /**
     * {@code count} cases, the n-th made from {@code new Random(base * 1000 + n)}; whatever fails or escapes in
     * one (an assertion, an exception, a stack overflow, a time run out) fails it with its seed and its YAML.
     */
    private static <T> Stream<DynamicTest> seeded(long base, int count, Function<Random, T> make, ThrowingConsumer<T> check) {
        return LongStream.range(0, count).map(n -> base * 1000 + n).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            T c = make.apply(new Random(seed));
            try {
                check.accept(c);
            } catch (Throwable t) {
                throw new AssertionError("seed " + seed + ": " + t + "\n---- the YAML (" + c.getClass().getSimpleName()
                        + " from new Random(" + seed + ")):\n" + c, t);
            }
        }));
    }

    // ---- cases that found a failure, kept as they were found

    /** The issue's three aliases that lead to themselves: a stack overflow in every entry point before. */
    @Test
    void aliasesThatLeadToThemselves() throws Exception {
        List<Case> cases = List.of(
                on(entry("zz", new Mapping(List.of(entry("x", new Alias(0))), false, "p", null))),
                on(entry("zz", new Mapping(List.of(entry("x", new Alias(0))), true, "p", null))),
                on(entry("zz", new Sequence(List.of(plain("1"), new Sequence(List.of(plain("2"), new Alias(0)), true,
                        null, null)), true, "p", null))));
        for (Case c : cases) {
            assertEquals(List.of("поле «zz»: ссылка-псевдоним «*p» ведёт сама на себя"), load(c), c.toString());
            validate(c);
            apiValidate(c);
        }
        batch(cases);
    }

    /** An alias inside a list that an alias of it repeats: the cycle is found through the copy as well. */
    @Test
    void aCycleThroughAnEnclosingList() throws Exception {
        Case c = new Case(false, new Mapping(List.of(entry("id", plain("x")), entry("a", new Sequence(List.of(
                new Mapping(List.of(entry("b", new Alias(0))), false, null, null)), false, "q", null))), false, null, null),
                null, Encoding.UTF8);
        assertEquals(List.of("поле «a»: ссылка-псевдоним «*q» ведёт сама на себя"), load(c), c.toString());
    }

    /** Ten aliases, each doubling the one before: refused before it unfolds, not read for seconds. */
    @Test
    void aliasesOfAliasesDoublingAList() throws Exception {
        List<Entry> entries = new ArrayList<>();
        entries.add(entry("l0", new Sequence(Collections.nCopies(100, plain("1")), true, "l0", null)));
        for (int i = 1; i <= 10; i++) {
            entries.add(entry("l" + i, new Sequence(List.of(new Alias(i - 1), new Alias(i - 1)), true,
                    "l" + i, null)));
        }
        Case c = new Case(true, new Mapping(entries, false, null, null), null, Encoding.UTF8);
        List<String> lines = load(c);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).endsWith("ссылки-псевдонимы (&/*) разворачиваются в слишком большое значение"), lines.get(0));
        apiValidate(c);
    }

    /**
     * A value in a literal block keeps its line break, and the message that quoted it was two lines, the second
     * without «lokalakt: »; so was one quoting a key with a line break or a terminal's control character.
     */
    @Test
    void aQuotedValueWithALineBreakStaysOneLine() throws Exception {
        for (Case c : List.of(on(entry("kind", new Scalar("школа", Style.LITERAL, null))),
                on(entry("\"a\\nb\"", plain("x"))),
                on(entry("institution", new Mapping(List.of(entry("email", new Scalar("a\u001b[2Jb\u2028", Style.DOUBLE,
                        null))), false, null, null))))) {
            List<String> lines = load(c);
            assertEquals(1, lines.size(), lines.toString());
            assertFalse(lines.get(0).chars().anyMatch(ch -> Character.getType(ch) == Character.CONTROL
                    || ch == '\u2028' || ch == '\u2029'), lines.get(0));
            validate(c);
            apiValidate(c);
        }
    }

    // ---- what each entry point must answer

    /** The loader and the validator: the problems' lines, each one short Russian line; none for a good profile. */
    private static List<String> load(Case c) throws IOException {
        Path file = write(c, "fuzz");
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            List<String> lines = new ArrayList<>();
            try {
                Profile p = loader.load(file);
                ProfileValidator.issues(p).forEach(i -> lines.add(i.line()));
            } catch (ProfileException e) {
                e.issues().forEach(i -> lines.add(i.field() == null || i.field().isEmpty() ? i.message()
                        : "поле «" + i.field() + "»: " + i.message()));
                e.getMessage().lines().forEach(l -> assertTrue(l.startsWith(file.toString()), "names the file: " + l));
            }
            lines.forEach(l -> RussianLines.check(l, c));
            return lines;
        }, c::toString);
    }

    private static void validate(Case c) throws IOException {
        Path file = write(c, "fuzz");
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run("validate", file.toString()),
                c::toString);
        if (r.code() == ExitCode.OK) {
            assertEquals(file + ": в порядке", r.out().strip(), c.toString());
            assertEquals("", r.err(), c.toString());
            return;
        }
        assertEquals(ExitCode.INVALID_INPUT, r.code(), c + "\n" + r.err());
        assertFalse(r.err().isBlank(), c.toString());
        r.err().lines().forEach(l -> {
            assertTrue(l.startsWith("lokalakt: "), l);
            RussianLines.check(l.substring("lokalakt: ".length()), c);
        });
    }

    private static final Pattern SUMMARY = Pattern.compile("Организаций: (\\d+), готово: (\\d+), с ошибками: (\\d+)");
    private static final Pattern ROW = Pattern.compile("\"source\": (\"(?:[^\"\\\\]|\\\\.)*\").*\"status\": \"(\\w+)\", "
            + "\"error\": (null|\"(?:[^\"\\\\]|\\\\.)*\")");

    private static void batch(List<Case> cases) throws IOException {
        Path folder = dir.resolve("batch-" + COUNTER.incrementAndGet());
        Files.createDirectories(folder);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Path file = folder.resolve("profile-" + i + ".yaml");
            Files.write(file, cases.get(i).bytes(EXAMPLE, "fuzz-" + i));
            sources.add(file.toString());
        }
        Path out = dir.resolve("out-" + COUNTER.incrementAndGet());
        String all = cases.toString();
        // Named one by one: in a folder, a file without its own id is taken for a parent, not an institution.
        List<String> args = new ArrayList<>(List.of("batch"));
        args.addAll(sources);
        args.addAll(List.of("-o", out.toString(), "--jobs", "2", "--format", "docx", "--doc", "sferum/prikaz"));
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> Cli.run(args.toArray(String[]::new)),
                () -> all);
        assertTrue(r.code() == ExitCode.OK || r.code() == ExitCode.INVALID_INPUT, r.code() + ": " + r.err() + all);
        Matcher summary = SUMMARY.matcher(r.out());
        assertTrue(summary.find(), r.out());
        int ok = Integer.parseInt(summary.group(2));
        int failed = Integer.parseInt(summary.group(3));
        assertEquals(cases.size(), Integer.parseInt(summary.group(1)));
        assertEquals(cases.size(), ok + failed, "the counts add up: " + r.out());
        r.err().lines().forEach(l -> {
            assertTrue(l.startsWith("lokalakt: "), l);
            RussianLines.check(l.substring("lokalakt: ".length()), all);
        });
        List<String> rows = Files.readAllLines(out.resolve("manifest.json")).stream().filter(l -> l.startsWith("  {")).toList();
        int failedRows = 0;
        List<String> seen = new ArrayList<>();
        for (String row : rows) {
            Matcher m = ROW.matcher(row);
            assertTrue(m.find(), row);
            seen.add(RussianLines.unquote(m.group(1)));
            if (m.group(2).equals("failed")) {
                failedRows++;
                RussianLines.unquote(m.group(3)).lines().forEach(l -> RussianLines.check(l, all));
            }
        }
        assertEquals(failed, failedRows, "a failed row for each failed profile: " + rows);
        assertEquals(sources, seen.stream().distinct().sorted().toList(), "every profile has its rows");
    }

    private static final Pattern MESSAGE = Pattern.compile("\"message\":(\"(?:[^\"\\\\]|\\\\.)*\")");

    private static void apiValidate(Case c) throws Exception {
        byte[] body = c.bytes(POSTED_EXAMPLE, "fuzz");
        HttpResponse<String> r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/validate"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), c::toString);
        assertEquals(200, r.statusCode(), c + "\n" + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        assertTrue(r.body().startsWith("{\"errors\":["), r.body());
        Matcher m = MESSAGE.matcher(r.body());
        while (m.find()) {
            RussianLines.check(RussianLines.unquote(m.group(1)), c);
        }
    }

    private static Path write(Case c, String id) throws IOException {
        Path file = dir.resolve("case-" + COUNTER.incrementAndGet() + ".yaml");
        Files.write(file, c.bytes(EXAMPLE, id));
        return file;
    }

    // ---- how the trees are made, all from one Random

    private static final List<String> ANCHORS = List.of("a", "b", "p");

    /** One profile: a root of one to six fields, now and then one nested deep, maybe on top of the example. */
    static Case profile(Random r) {
        int size = between(r, 1, 6);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            entries.add(weighted(r, 30, 1) == 0 ? entry(r, 3) : entry("deep", deep(r)));
        }
        Mapping root = new Mapping(entries, false, null, null);
        boolean onExample = r.nextBoolean();
        String rootAnchor = orNull(r, 0.9, () -> oneOf(r, ANCHORS));
        Encoding encoding = switch (weighted(r, 40, 3, 1, 1, 1, 1)) {
            case 0 -> Encoding.UTF8;
            case 1 -> Encoding.UTF8_BOM;
            case 2 -> Encoding.UTF16LE_BOM;
            case 3 -> Encoding.UTF16BE_BOM;
            case 4 -> Encoding.UTF16LE;
            default -> Encoding.WINDOWS_1251;
        };
        return new Case(onExample, root, rootAnchor, encoding);
    }

    private static Node node(Random r, int depth) {
        if (depth <= 0) {
            return weighted(r, 5, 1) == 0 ? scalar(r) : alias(r);
        }
        return switch (weighted(r, 4, 2, 2, 2)) {
            case 0 -> scalar(r);
            case 1 -> alias(r);
            case 2 -> mapping(r, depth - 1);
            default -> sequence(r, depth - 1);
        };
    }

    private static Node mapping(Random r, int depth) {
        int size = between(r, 0, 4);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            entries.add(entry(r, depth));
        }
        boolean flow = r.nextBoolean();
        String anchor = anchor(r);
        return new Mapping(entries, flow, anchor, tag(r, "!!map"));
    }

    private static Node sequence(Random r, int depth) {
        int size = between(r, 0, 4);
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(node(r, depth));
        }
        boolean flow = r.nextBoolean();
        String anchor = anchor(r);
        return new Sequence(items, flow, anchor, tag(r, "!!seq"));
    }

    /** A field, now and then a merge key «<<: *a». */
    private static Entry entry(Random r, int depth) {
        if (weighted(r, 40, 1) == 1) {
            return new Entry("<<", alias(r));
        }
        String key = key(r);
        return new Entry(key, node(r, depth));
    }

    /** Mostly an anchor written before or around it; now and then one that is nowhere. */
    private static Node alias(Random r) {
        return new Alias(between(r, -1, 19));
    }

    private static String anchor(Random r) {
        return orNull(r, 0.5, () -> oneOf(r, ANCHORS));
    }

    private static String tag(Random r, String own) {
        return orNull(r, 0.95, () -> oneOf(r, List.of(own, "!!str", "!!int", "!!binary", "!!set", "!!omap", "!!null",
                "!foo", "!<tag:yaml.org,2002:str>", "!!java.io.File", "!!python/object:x")));
    }

    /** Nested 10 to 40 deep: past the reader's limit of 20, in block or flow style, maps or lists. */
    private static Node deep(Random r) {
        int depth = between(r, 10, 40);
        boolean flow = r.nextBoolean();
        boolean lists = r.nextBoolean();
        Node n = plain("дно");
        for (int i = 0; i < depth; i++) {
            n = lists ? new Sequence(List.of(n), flow, null, null) : new Mapping(List.of(entry("k", n)), flow, null, null);
        }
        return n;
    }

    private static final List<String> SCALAR_TAGS = List.of("!!str", "!!int", "!!bool", "!!float", "!!timestamp",
            "!!null", "!!binary", "!!map", "!foo", "!!javax.script.ScriptEngineManager");

    /** Words in any quoting; odd characters and long runs mostly quoted, as a user who knows YAML writes them. */
    private static Node scalar(Random r) {
        if (weighted(r, 8, 3) == 0) {
            String text = words(r);
            Style style = oneOf(r, List.of(Style.values()));
            return new Scalar(text, style, orNull(r, 0.95, () -> oneOf(r, SCALAR_TAGS)));
        }
        String text = oddText(r);
        Style style = switch (weighted(r, 1, 4, 4, 2, 1)) {
            case 0 -> Style.PLAIN;
            case 1 -> Style.SINGLE;
            case 2 -> Style.DOUBLE;
            case 3 -> Style.LITERAL;
            default -> Style.FOLDED;
        };
        return new Scalar(text, style, orNull(r, 0.95, () -> oneOf(r, SCALAR_TAGS)));
    }

    private static final String ODD = "\u0000\u0007\t\n\r\u0085\u2028\u2029\uFEFF\u200F\u202E\uD83D\uDE00я a:#\"'\\-?&*!|>%@`{}[],";

    private static final List<String> WORDS = List.of("школа", "x", "2024-02-02", "2024-02-30", "true", "no", "~",
            "null", "12", "1e3", "0x1F", ".nan", "Иванова", "female", "school", "А. Б.", "${x}", "<b>&amp;</b>", "",
            "a@b.ru", "4027000000", "Муниципальное бюджетное общеобразовательное учреждение", "+7 900 000-00-00");

    private static String words(Random r) {
        return oneOf(r, WORDS);
    }

    private static final List<String> MARKS = List.of("a: b", "- x", "# note", "@x", "`x`", "%x", "&x", "*x", "!x",
            "|", ">", "{", "[", "}", "]", ",", "---", "...", "? x", "'", "\"");

    /**
     * Marks YAML gives a meaning to, odd characters (one UTF-16 unit at a time, so half a surrogate pair too),
     * long runs.
     */
    private static String oddText(Random r) {
        return switch (weighted(r, 2, 3, 1)) {
            case 0 -> oneOf(r, MARKS);
            case 1 -> chars(r, ODD, 0, 24);
            default -> oneOf(r, List.of("я", "x", "ab ", "\uD83D\uDE00")).repeat(between(r, 500, 3000));
        };
    }

    private static final List<String> KEYS = List.of("zz", "x", "kind", "region", "institution", "order", "head",
            "staff", "terms", "administrator", "messenger", "layout", "approval", "full_name", "short_name", "city",
            "surname", "initials", "gender", "position", "phone", "email", "nom", "gen", "name", "note", "date",
            "number", "ключ", "1", "true", "~", "null", "id", "extends");
    private static final List<String> ODD_KEYS = List.of("<<", "\"\"", "''", "\"a: b\"", "'#x'", "a b", "?", "-",
            "\uD83D\uDE00", "\"\\t\"", "[a]", "{a: b}", "&k x", "*a", "!!str k", "? k", "\"\uFEFFid\"");

    private static String key(Random r) {
        return switch (weighted(r, 30, 1, 1)) {
            case 0 -> oneOf(r, KEYS);
            case 1 -> oneOf(r, ODD_KEYS);
            default -> chars(r, "abcdefghijklmnopqrstuvwxyz", 100, 400);
        };
    }

    // ---- choosing with a Random

    /** Between {@code min} and {@code max}, both included. */
    private static int between(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    /** The index of one of the weights, chosen in proportion to them. */
    private static int weighted(Random r, int... weights) {
        int at = r.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; ; i++) {
            at -= weights[i];
            if (at < 0) {
                return i;
            }
        }
    }

    private static <T> T oneOf(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** {@code null} with the given chance, else what {@code value} makes. */
    private static <T> T orNull(Random r, double chance, Supplier<T> value) {
        return r.nextDouble() < chance ? null : value.get();
    }

    /** {@code min} to {@code max} characters, each one of {@code from}. */
    private static String chars(Random r, String from, int min, int max) {
        int length = between(r, min, max);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(from.charAt(r.nextInt(from.length())));
        }
        return out.toString();
    }

    private static Case on(Entry... entries) {
        return new Case(true, new Mapping(List.of(entries), false, null, null), null, Encoding.UTF8);
    }

    private static Entry entry(String key, Node value) {
        return new Entry(key, value);
    }

    private static Scalar plain(String text) {
        return new Scalar(text, Style.PLAIN, null);
    }
}
