package ru.lokalakt.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the loader by structure rather than by bytes (as {@link ProfileFuzzTest} does): YAML trees with anchors,
 * aliases (to a finished node, to an enclosing one, to none), merge keys, tags, deep nesting, long scalars, odd
 * keys and foreign encodings, through the loader, {@code validate}, {@code batch} and {@code POST /api/validate}.
 * Every answer is a profile or short Russian lines; nothing escapes and nothing runs past its time. The seeds are
 * fixed, so a failure replays; the cases that found one are kept below as examples.
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

    @BeforeContainer
    static void start() throws IOException {
        dir = Files.createTempDirectory("lokalakt-structure-fuzz");
        loader = new ProfileLoader(Examples.PROFILES);
        server = new WebServer(new WebEngine(Examples.PROFILES, Examples.TEMPLATES), new ProfileStore(dir.resolve("saved")),
                "127.0.0.1", 0, null);
    }

    @AfterContainer
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

    // ---- the properties

    @Property(tries = 200, seed = "2800128", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void theLoaderGivesAProfileOrRussianLines(@ForAll("profiles") Case c) throws Exception {
        List<String> lines = load(c);
        // what the cases come to (shown with jqwik.reporting.onlyfailures = false): about half get past the YAML reader
        Statistics.label("outcome").collect(lines.isEmpty() ? "read and valid"
                : lines.get(0).contains("ошибка YAML") || lines.get(0).contains("кодировке") ? "not YAML"
                : lines.get(0).contains("псевдоним") ? "aliases" : lines.get(0).contains("тег") ? "tags"
                : "refused by the loader or the validator");
    }

    @Property(tries = 40, seed = "2800228", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void validateSaysFineOrRussianLines(@ForAll("profiles") Case c) throws Exception {
        validate(c);
    }

    @Property(tries = 5, seed = "2800328", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void batchHasARowForEveryProfileAndTheCountsAddUp(@ForAll("profiles") Case a, @ForAll("profiles") Case b,
                                                       @ForAll("profiles") Case c) throws Exception {
        batch(List.of(a, b, c));
    }

    @Property(tries = 60, seed = "2800428", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void apiValidateAnswersJsonWithRussianMessages(@ForAll("profiles") Case c) throws Exception {
        apiValidate(c);
    }

    // ---- cases that found a failure, kept as they were found

    /** The issue's three aliases that lead to themselves: a stack overflow in every entry point before. */
    @Example
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
    @Example
    void aCycleThroughAnEnclosingList() throws Exception {
        Case c = new Case(false, new Mapping(List.of(entry("id", plain("x")), entry("a", new Sequence(List.of(
                new Mapping(List.of(entry("b", new Alias(0))), false, null, null)), false, "q", null))), false, null, null),
                null, Encoding.UTF8);
        assertEquals(List.of("поле «a»: ссылка-псевдоним «*q» ведёт сама на себя"), load(c), c.toString());
    }

    /** Ten aliases, each doubling the one before: refused before it unfolds, not read for seconds. */
    @Example
    void aliasesOfAliasesDoublingAList() throws Exception {
        List<Entry> entries = new ArrayList<>();
        entries.add(entry("l0", new Sequence(java.util.Collections.nCopies(100, plain("1")), true, "l0", null)));
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
    @Example
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

    // ---- how the trees are made

    private static final List<String> ANCHORS = List.of("a", "b", "p");

    @Provide
    Arbitrary<Case> profiles() {
        Arbitrary<Entry> top = Arbitraries.frequencyOf(Tuple.of(30, entry(3)), Tuple.of(1, deep().map(d -> entry("deep", d))));
        Arbitrary<Mapping> root = top.list().ofMinSize(1).ofMaxSize(6).map(entries -> new Mapping(entries, false, null, null));
        Arbitrary<Encoding> encoding = Arbitraries.frequency(Tuple.of(40, Encoding.UTF8), Tuple.of(3, Encoding.UTF8_BOM),
                Tuple.of(1, Encoding.UTF16LE_BOM), Tuple.of(1, Encoding.UTF16BE_BOM), Tuple.of(1, Encoding.UTF16LE),
                Tuple.of(1, Encoding.WINDOWS_1251));
        return Combinators.combine(Arbitraries.of(true, false), root, Arbitraries.of(ANCHORS).injectNull(0.9), encoding)
                .as(Case::new);
    }

    private static Arbitrary<Node> node(int depth) {
        if (depth <= 0) {
            return Arbitraries.frequencyOf(Tuple.of(5, scalar()), Tuple.of(1, alias()));
        }
        return Arbitraries.lazy(() -> Arbitraries.frequencyOf(Tuple.of(4, scalar()), Tuple.of(2, alias()),
                Tuple.of(2, mapping(depth - 1)), Tuple.of(2, sequence(depth - 1))));
    }

    private static Arbitrary<Node> mapping(int depth) {
        return Combinators.combine(entry(depth).list().ofMaxSize(4), Arbitraries.of(true, false), anchor(),
                tag("!!map")).as(Mapping::new);
    }

    private static Arbitrary<Node> sequence(int depth) {
        return Combinators.combine(node(depth).list().ofMaxSize(4), Arbitraries.of(true, false), anchor(),
                tag("!!seq")).as(Sequence::new);
    }

    /** A field, now and then a merge key «<<: *a». */
    private static Arbitrary<Entry> entry(int depth) {
        return Arbitraries.frequencyOf(Tuple.of(40, Combinators.combine(key(), node(depth)).as(Entry::new)),
                Tuple.of(1, alias().map(a -> new Entry("<<", a))));
    }

    /** Mostly an anchor written before or around it; now and then one that is nowhere. */
    private static Arbitrary<Node> alias() {
        return Arbitraries.integers().between(-1, 19).map(Alias::new);
    }

    private static Arbitrary<String> anchor() {
        return Arbitraries.of(ANCHORS).injectNull(0.5);
    }

    private static Arbitrary<String> tag(String own) {
        return Arbitraries.of(own, "!!str", "!!int", "!!binary", "!!set", "!!omap", "!!null", "!foo",
                "!<tag:yaml.org,2002:str>", "!!java.io.File", "!!python/object:x").injectNull(0.95);
    }

    /** Nested 10 to 40 deep: past the reader's limit of 20, in block or flow style, maps or lists. */
    private static Arbitrary<Node> deep() {
        return Combinators.combine(Arbitraries.integers().between(10, 40), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((depth, flow, lists) -> {
            Node n = plain("дно");
            for (int i = 0; i < depth; i++) {
                n = lists ? new Sequence(List.of(n), flow, null, null) : new Mapping(List.of(entry("k", n)), flow, null, null);
            }
            return n;
        });
    }

    /** Words in any quoting; odd characters and long runs mostly quoted, as a user who knows YAML writes them. */
    private static Arbitrary<Node> scalar() {
        Arbitrary<String> tag = Arbitraries.of("!!str", "!!int", "!!bool", "!!float", "!!timestamp", "!!null", "!!binary",
                "!!map", "!foo", "!!javax.script.ScriptEngineManager").injectNull(0.95);
        Arbitrary<Style> quoted = Arbitraries.frequency(Tuple.of(1, Style.PLAIN), Tuple.of(4, Style.SINGLE),
                Tuple.of(4, Style.DOUBLE), Tuple.of(2, Style.LITERAL), Tuple.of(1, Style.FOLDED));
        return Arbitraries.frequencyOf(
                Tuple.of(8, Combinators.combine(words(), Arbitraries.of(Style.values()), tag).as(Scalar::new)),
                Tuple.of(3, Combinators.combine(oddText(), quoted, tag).as(Scalar::new)));
    }

    private static final String ODD = "\u0000\u0007\t\n\r\u0085\u2028\u2029\uFEFF\u200F\u202E\uD83D\uDE00я a:#\"'\\-?&*!|>%@`{}[],";

    private static Arbitrary<String> words() {
        return Arbitraries.of("школа", "x", "2024-02-02", "2024-02-30", "true", "no", "~", "null", "12", "1e3", "0x1F",
                ".nan", "Иванова", "female", "school", "А. Б.", "${x}", "<b>&amp;</b>", "", "a@b.ru", "4027000000",
                "Муниципальное бюджетное общеобразовательное учреждение", "+7 900 000-00-00");
    }

    /** Marks YAML gives a meaning to, odd characters, long runs. */
    private static Arbitrary<String> oddText() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("a: b", "- x", "# note", "@x", "`x`", "%x", "&x", "*x", "!x", "|", ">", "{", "[",
                        "}", "]", ",", "---", "...", "? x", "'", "\"")),
                Tuple.of(3, Arbitraries.strings().withChars(ODD.toCharArray()).ofMaxLength(24)),
                Tuple.of(1, Combinators.combine(Arbitraries.of("я", "x", "ab ", "\uD83D\uDE00"),
                        Arbitraries.integers().between(500, 3000)).as(String::repeat)));
    }

    private static Arbitrary<String> key() {
        return Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.of("zz", "x", "kind", "region", "institution", "order", "head", "staff", "terms",
                        "administrator", "messenger", "layout", "approval", "full_name", "short_name", "city", "surname",
                        "initials", "gender", "position", "phone", "email", "nom", "gen", "name", "note", "date", "number",
                        "ключ", "1", "true", "~", "null", "id", "extends")),
                Tuple.of(1, Arbitraries.of("<<", "\"\"", "''", "\"a: b\"", "'#x'", "a b", "?", "-", "\uD83D\uDE00", "\"\\t\"",
                        "[a]", "{a: b}", "&k x", "*a", "!!str k", "? k", "\"\uFEFFid\"")),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(100).ofMaxLength(400)));
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
