package ru.lokalakt.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.lokalakt.DocxReader;
import ru.lokalakt.Examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page in a real browser: Debian's Chromium driven through chromedriver. Skipped, with a message, where they
 * are not installed; CI installs them. Screenshots for people to look at go to target/screenshots.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Examples.ROOT.resolve("target/screenshots");

    @TempDir
    static Path data;
    @TempDir
    Path downloads;

    static WebServer server;
    WebDriver browser;

    /** Selenium's own logger is kept to errors: its notes on DevTools versions are not about the page. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void start() {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium и chromedriver не установлены (apt-get install chromium chromium-driver): браузерные тесты пропущены");
        server = new WebServer(new WebEngine(Examples.PROFILES, Examples.TEMPLATES), new ProfileStore(data), "127.0.0.1", 0, null);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void open() throws Exception {
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=ru-RU", "--window-size=1366,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "ru-RU,ru",
                "profile.default_content_setting_values.automatic_downloads", 1));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        browser.get("http://127.0.0.1:" + server.port() + "/");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebElement el(String id) {
        return browser.findElement(By.id(id));
    }

    private void type(String id, String text) {
        WebElement e = el(id);
        e.clear();
        e.sendKeys(text);
    }

    /** A date typed as a secretary types it, ДД.ММ.ГГГГ. */
    private void date(String id, String iso) {
        type(id, iso.substring(8, 10) + "." + iso.substring(5, 7) + "." + iso.substring(0, 4));
    }

    private void choose(String id, String value) {
        new Select(el(id)).selectByValue(value);
    }

    /** A wait that reads again what the page redrew meanwhile (the preview's frame is replaced on each update). */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** A screenshot to look at; headless Chromium under load now and then times out taking one: tried once more. */
    private void screenshot(String name) throws Exception {
        byte[] png;
        try {
            png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        } catch (org.openqa.selenium.TimeoutException e) {
            Thread.sleep(1000);
            png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        }
        Files.write(SHOTS.resolve(name), png);
    }

    private void fillKindergarten() {
        choose("new-kind", "kindergarten");
        choose("new-region", "permskiy-kray");
        el("new-button").click();
        waiting().until(d -> el("editor").isDisplayed());
        type("f-institution-full_name", "Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 5»");
        type("f-institution-short_name", "МАДОУ «Детский сад № 5»");
        type("f-institution-city", "Пермь");
        type("head-surname", "Петрова");
        type("head-initials", "М. А.");
        choose("head-gender", "female");
        WebElement add = el("add-staff");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", add);
        add.sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector(".staff-row")).isEmpty());
        WebElement row = browser.findElement(By.cssSelector(".staff-row"));
        row.findElement(By.cssSelector("[data-person=surname]")).sendKeys("Титова");
        row.findElement(By.cssSelector("[data-person=first_name]")).sendKeys("Анна");
        row.findElement(By.cssSelector("[data-person=patronymic]")).sendKeys("Андреевна");
        new Select(row.findElement(By.cssSelector("[data-person=gender]"))).selectByValue("female");
        row.findElement(By.cssSelector("[data-person=position]")).sendKeys("старший воспитатель");
        row.findElement(By.cssSelector("[data-person=phone]")).sendKeys("+7 900 123-45-67");
        row.findElement(By.cssSelector("[data-person=email]")).sendKeys("sad5-admin@example.ru");
        type("f-institution-municipality", "Пермский городской округ");
        type("f-institution-inn", "5904012344");
        type("f-institution-kpp", "590401001");
        type("f-institution-address", "614000, Пермский край, г. Пермь, ул. Ленина, д. 5");
        type("f-institution-phone", "8 (342) 200-00-05");
        type("f-institution-email", "sad5@example.ru");
        date("f-order-date", "2025-09-01");
        type("f-order-number", "45-од");
        choose("f-order-responsible", "rabotnik1");
        date("f-order-link_deadline", "2025-09-10");
        date("f-order-official_from", "2025-09-15");
        choose("f-order-control", "self");
        choose("f-order-executor", "rabotnik1");
        date("f-approval-date", "2025-08-29");
        type("f-approval-protocol", "1");
        choose("f-administrator-staff", "rabotnik1");
        date("f-administrator-order-date", "2025-08-28");
        type("f-administrator-order-number", "44-од");
        date("f-application-date", "2025-08-29");
        type("f-application-number", "12");
        date("f-notice-date", "2025-09-02");
    }

    /** The preview's text; read again when the page replaced the frame's document while it was being read. */
    private String previewText() {
        for (int attempt = 0; ; attempt++) {
            try {
                browser.switchTo().frame(el("preview"));
                return browser.findElement(By.tagName("body")).getText().replace('\u00A0', ' ');
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 4) {
                    throw e;
                }
            } finally {
                browser.switchTo().defaultContent();
            }
        }
    }

    private static final String ALL_READY = "Все сведения заполнены: готовы все документы (6 из 6).";

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void waitForFiles(int count, String extension) {
        waiting().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                java.util.List<Path> all = files.toList();
                return all.stream().noneMatch(f -> f.toString().endsWith(".crdownload"))
                        && all.stream().filter(f -> f.toString().endsWith(extension)).count() >= count;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void aNewKindergartenFromScratchPreviewsValidatesAndDownloads() throws Exception {
        fillKindergarten();
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        waiting().until(d -> previewText().contains("Титовой А. А."));
        assertEquals("madou-detskiy-sad-5", el("f-id").getAttribute("placeholder"), "the file name made from the short name");
        String order = previewText();
        assertTrue(order.contains("Старшему воспитателю Титовой А. А."), "the deputy in the dative: " + order);
        assertTrue(order.contains("МАДОУ «Детский сад № 5»") && order.contains("г. Пермь"), order);
        assertTrue(!order.contains("учител") && order.contains("воспитател"), "a kindergarten's words");
        WebElement headDative = browser.findElement(By.cssSelector("[data-forms=head] input[data-case=dat]"));
        assertFalse(headDative.isDisplayed(), "the case forms are collapsed");
        browser.findElement(By.cssSelector("[data-forms=head] summary")).click();
        assertEquals("Петровой М. А.", headDative.getAttribute("value").replace('\u00A0', ' '), "the head's dative under her surname");
        js("document.getElementById('g-head').scrollIntoView()");
        screenshot("form-1366.png");
        js("document.querySelector('.preview').scrollIntoView()");
        screenshot("preview-1366.png");

        date("f-order-link_deadline", "2025-08-01");
        el("f-order-number").click();
        WebElement error = el("f-order-link_deadline-error");
        waiting().until(d -> error.getText().contains("раньше даты приказа"));
        assertEquals("true", el("f-order-link_deadline").getAttribute("aria-invalid"));
        assertEquals("Пермь", el("f-institution-city").getAttribute("value"), "the other values stay");
        js("document.getElementById('f-order-link_deadline').scrollIntoView({block: 'center'})");
        screenshot("error-1366.png");
        date("f-order-link_deadline", "2025-09-10");
        waiting().until(d -> error.getText().isEmpty());
        waiting().until(d -> el("status").getText().equals(ALL_READY));

        el("download-docx").click();
        Path docx = downloads.resolve("madou-detskiy-sad-5-sferum-prikaz.docx");
        waitForFiles(1, ".docx");
        assertTrue(Files.exists(docx), "named by the short name: " + java.util.Arrays.toString(downloads.toFile().list()));
        String text = DocxReader.text(Files.readAllBytes(docx));
        assertTrue(text.replace('\u00A0', ' ').contains("Старшему воспитателю Титовой А. А."), text);

        // The profile round-trips: the command line makes the same bytes from the downloaded YAML, and the YAML
        // uploaded again gives the same form.
        el("download-yaml").click();
        Path yaml = downloads.resolve("madou-detskiy-sad-5.yaml");
        waiting().until(d -> Files.exists(yaml));
        Path out = downloads.resolve("cli");
        assertEquals(0, ru.lokalakt.cli.CliAccess.run("generate", yaml.toString(), "-o", out.toString(), "--format", "docx"));
        assertArrayEquals(Files.readAllBytes(docx), Files.readAllBytes(out.resolve("madou-detskiy-sad-5/sferum-prikaz.docx")),
                "the command line writes the same DOCX from the downloaded profile");
        js("localStorage.clear()");
        browser.get("http://127.0.0.1:" + server.port() + "/");
        el("upload").sendKeys(yaml.toString());
        waiting().until(d -> el("editor").isDisplayed());
        assertEquals("Пермь", el("f-institution-city").getAttribute("value"));
        assertEquals("kindergarten", new Select(el("f-kind")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("01.09.2025", el("f-order-date").getAttribute("value"), "dates shown ДД.ММ.ГГГГ");
        assertEquals("rabotnik1", new Select(el("f-order-responsible")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("Титова А. А. — старший воспитатель", new Select(el("f-order-responsible")).getFirstSelectedOption().getText(),
                "staff are named by their names, not their keys");
        WebElement row = browser.findElement(By.cssSelector(".staff-row"));
        assertEquals("Титова", row.findElement(By.cssSelector("[data-person=surname]")).getAttribute("value"));
        waiting().until(d -> el("status").getText().equals(ALL_READY));
    }

    /** An untouched form shows no errors; a field left wrong is marked, and the summary's link moves focus to it. */
    @Test
    void errorsOfUntouchedFieldsWaitAndTheSummaryLeadsToTheField() throws Exception {
        choose("new-kind", "kindergarten");
        choose("new-region", "permskiy-kray");
        el("new-button").click();
        waiting().until(d -> el("status").getText().startsWith("Готово документов: 0 из 6. Осталось заполнить полей:"));
        assertEquals(0L, ((Number) js("return document.querySelectorAll('.field.invalid, [aria-invalid=true]').length")).longValue(),
                "nothing is red in an untouched form");
        assertFalse(el("error-summary").isDisplayed());
        screenshot("untouched-1366.png");
        type("f-institution-email", "berezka17 tver-edu.ru");
        type("f-institution-inn", "12345");
        type("f-institution-city", "Тверь");
        WebElement summary = el("error-summary");
        waiting().until(d -> summary.isDisplayed() && summary.getText().contains("в адресе электронной почты нет знака «@»"));
        assertTrue(summary.getText().contains("ИНН"), summary.getText());
        js("window.scrollTo(0, 0)");
        screenshot("summary-1366.png");
        WebElement link = summary.findElements(By.tagName("a")).stream()
                .filter(a -> a.getText().contains("почты")).findFirst().orElseThrow();
        link.click();
        assertEquals(el("f-institution-email"), browser.switchTo().activeElement(), "the link moves focus to the field");
        date("f-order-date", "2026-02-31");
        el("f-order-number").click();
        waiting().until(d -> el("f-order-date-error").getText().contains("такой даты нет: 31.02.2026"));
    }

    /** A wrong ИНН stops the application only: the regulation is previewed, the list says what the application waits for. */
    @Test
    void eachDocumentIsReadyAsSoonAsItsOwnFieldsAre() throws Exception {
        fillKindergarten();
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        type("f-institution-inn", "5904012345");
        el("f-institution-kpp").click();
        WebElement application = browser.findElement(By.cssSelector("#doc-list li[data-doc='sferum/zayavka'] .doc-state"));
        waiting().until(d -> application.getText().contains("ждёт: ИНН организации"));
        WebElement regulation = browser.findElement(By.cssSelector("#doc-list li[data-doc='sferum/polozhenie'] .doc-state"));
        assertEquals("— готов", regulation.getText());
        browser.findElement(By.cssSelector("#doc-list input[value='sferum/polozhenie']")).click();
        waiting().until(d -> previewText().contains("ПОЛОЖЕНИЕ"));
        js("document.querySelector('.preview').scrollIntoView()");
        screenshot("partial-1366.png");
        browser.findElement(By.cssSelector("#doc-list input[value='sferum/zayavka']")).click();
        waiting().until(d -> el("preview-note").getText().contains("ждёт сведений"));
        assertFalse(el("preview").isDisplayed(), "no outdated preview of a document that waits");
        application.findElement(By.tagName("a")).click();
        assertEquals(el("f-institution-inn"), browser.switchTo().activeElement());
    }

    /**
     * The packages of documents: a new profile uses the default one (its groups and documents shown, the other
     * package's hidden); ticking the second package shows its fields and documents and writes packages into the
     * profile; an example that uses both shows both, each ready.
     */
    @Test
    void choosingAPackageShowsItsFieldsAndDocuments() throws Exception {
        fillKindergarten();
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        WebElement eoGroup = el("g-eo-work");
        WebElement eoDoc = browser.findElement(By.cssSelector("#doc-list li[data-doc='eo/polozhenie']"));
        assertFalse(eoGroup.isDisplayed(), "the e-learning package is not the default one");
        assertFalse(eoDoc.isDisplayed());
        assertTrue(el("pkg-sferum").isSelected());
        el("pkg-eo").click();
        waiting().until(d -> eoGroup.isDisplayed() && eoDoc.isDisplayed());
        // Its documents wait for its own fields, the Сферум ones stay ready.
        waiting().until(d -> eoDoc.findElement(By.className("doc-state")).getText().contains("ждёт"));
        assertEquals("— готов", browser.findElement(By.cssSelector("#doc-list li[data-doc='sferum/polozhenie'] .doc-state")).getText());
        js("document.getElementById('g-eo-work').scrollIntoView()");
        screenshot("packages-1366.png");
        el("pkg-eo").click();
        waiting().until(d -> !eoGroup.isDisplayed() && !eoDoc.isDisplayed());

        el("back").click();
        browser.findElement(By.cssSelector("[data-example='litsey-derzhava']")).click();
        org.openqa.selenium.Alert replace = waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        assertTrue(replace.getText().startsWith("Несохранённые сведения будут заменены (МАДОУ «Детский сад № 5»)"), replace.getText());
        replace.accept();
        waiting().until(d -> el("editor").isDisplayed());
        WebElement lyceumEo = browser.findElement(By.cssSelector("#doc-list li[data-doc='eo/prikaz']"));
        waiting().until(d -> lyceumEo.isDisplayed() && lyceumEo.findElement(By.className("doc-state")).getText().equals("— готов"));
        assertTrue(el("pkg-eo").isSelected() && el("pkg-sferum").isSelected());
        browser.findElement(By.cssSelector("#doc-list input[value='eo/polozhenie']")).click();
        waiting().until(d -> previewText().contains("электронном обучении"));
    }

    /**
     * Every save is a version: the page lists them, says what changed between two in words and restores one.
     */
    @Test
    void theVersionsOfASavedProfileAreListedComparedAndRestored() throws Exception {
        fillKindergarten();
        // A name of its own: the server's saved profiles are shared by the tests.
        type("f-institution-short_name", "МАДОУ «Детский сад № 6»");
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        el("save").click();
        waiting().until(d -> el("status").getText().startsWith("Сохранено на сервере"));
        waiting().until(d -> el("versions").isDisplayed());
        type("head-surname", "Иванова");
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        el("save").click();
        waiting().until(d -> browser.findElements(By.cssSelector("#versions-list li")).size() == 2);
        el("versions").findElement(By.tagName("summary")).click();
        WebElement second = browser.findElement(By.cssSelector("#versions-list li[data-version='2']"));
        second.findElement(By.xpath(".//button[text()='Что изменилось']")).click();
        waiting().until(d -> second.getText().contains("Руководитель: Петрова"));
        assertTrue(second.getText().contains("→ Иванова"), second.getText());
        // Two versions of one edition: no amending order, and the page says why under the version, not a JSON page.
        browser.findElement(By.cssSelector("#versions-list li[data-version='1'] .amend-order")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#versions-list li[data-version='1'] .amend-error")).isEmpty());
        String why = browser.findElement(By.cssSelector("#versions-list li[data-version='1'] .amend-error")).getText();
        assertTrue(why.startsWith("Приказ не составлен: "), why);
        // What an amending order needs of the new edition is on the form.
        for (String id : java.util.List.of("f-amend-date", "f-amend-number", "f-amend-reason", "f-amend-protocol_date", "f-amend-protocol")) {
            assertEquals(1, browser.findElements(By.id(id)).size(), id);
        }
        assertTrue(browser.getCurrentUrl().endsWith("/"), "the page stays: " + browser.getCurrentUrl());
        js("document.getElementById('versions').scrollIntoView()");
        screenshot("versions-1366.png");
        WebElement first = browser.findElement(By.cssSelector("#versions-list li[data-version='1']"));
        first.findElement(By.xpath(".//button[text()='Восстановить']")).click();
        waiting().until(d -> el("notice").getText().startsWith("Восстановлена версия 1"));
        assertEquals("Петрова", el("head-surname").getAttribute("value"));
        waiting().until(d -> browser.findElements(By.cssSelector("#versions-list li")).size() == 3);
    }

    /**
     * Office mode, as a regional office and two institutions use it: the office adds both and sends their links;
     * each fills in its own profile behind its link; the office downloads the documents of both in one ZIP, and
     * after one institution names another head, asks for the amending orders since a date.
     */
    @Test
    void theOfficeAddsTwoInstitutionsEachFillsItsProfileAndTheOfficeDownloadsTheirDocuments() throws Exception {
        Path folder = data.resolve("office");
        OfficeModeTest.TestClock clock = new OfficeModeTest.TestClock(java.time.Instant.parse("2026-09-01T08:00:00Z"));
        ProfileStore store = new ProfileStore(folder, clock);
        store.prepare();
        Institutions registry = Institutions.in(folder);
        String officeKey = registry.newOfficeKey();
        try (WebServer office = new WebServer(new WebEngine(Examples.PROFILES, Examples.TEMPLATES), store, "127.0.0.1", 0,
                null, registry)) {
            String base = "http://127.0.0.1:" + office.port();
            browser.get(base + "/office?key=" + officeKey);
            waiting().until(d -> d.getCurrentUrl().equals(base + "/office"));
            java.util.List<String> links = new java.util.ArrayList<>();
            for (String title : java.util.List.of("МАДОУ «Детский сад № 5»", "МБОУ «Лицей «ДЕРЖАВА»")) {
                type("add-name", title);
                el("add").click();
                waiting().until(d -> el("link-card").isDisplayed() && el("link-text").getText().contains(title));
                links.add(el("link").getAttribute("value"));
            }
            waiting().until(d -> browser.findElements(By.cssSelector("#institutions tbody tr")).size() == 2);
            assertTrue(links.get(0).startsWith(base + "/?key=") && !links.get(0).equals(links.get(1)), links.toString());
            screenshot("office-added-1366.png");

            // The kindergarten opens its link and fills in its profile on the page.
            asInstitution(links.get(0));
            assertEquals("Сведения организации: МАДОУ «Детский сад № 5»", el("who").getText());
            screenshot("office-institution-start-1366.png");
            fillKindergarten();
            waiting().until(d -> el("status").getText().equals(ALL_READY));
            el("save").click();
            waiting().until(d -> el("status").getText().startsWith("Сохранено на сервере"));
            // The lyceum starts from the bundled example of a lyceum and saves it.
            asInstitution(links.get(1));
            browser.findElement(By.cssSelector("[data-example='litsey-derzhava']")).click();
            waiting().until(d -> el("editor").isDisplayed());
            el("save").click();
            waiting().until(d -> el("status").getText().startsWith("Сохранено на сервере"));
            assertEquals(java.util.List.of("madou-detskiy-sad-5", "mbou-litsey-derzhava"), store.names());
            // The lyceum's link reaches nothing of the kindergarten's.
            assertEquals(404, (long) (Long) js("return fetch('/api/profiles/madou-detskiy-sad-5').then(r => r.status)"));

            // On 15.10.2026 the kindergarten names another head: its page opens its own saved profile.
            clock.now = java.time.Instant.parse("2026-10-15T08:00:00Z");
            asInstitution(links.get(0));
            waiting().until(d -> el("editor").isDisplayed() && "Петрова".equals(el("head-surname").getAttribute("value")));
            type("head-surname", "Иванова");
            type("head-initials", "О. С.");
            waiting().until(d -> el("status").getText().equals(ALL_READY));
            el("save").click();
            waiting().until(d -> el("status").getText().startsWith("Сохранено на сервере"));

            // The office: both complete; the documents of both in one ZIP; the amending orders since 01.10.2026.
            browser.manage().deleteAllCookies();
            browser.get(base + "/office?key=" + officeKey);
            waiting().until(d -> browser.findElements(By.cssSelector("#institutions tbody td.state.good")).size() == 2);
            String table = el("institutions").getText();
            assertTrue(table.contains("МАДОУ «Детский сад № 5»") && table.contains("заполнен"), table);
            screenshot("office-list-1366.png");
            el("download-all").click();
            waitForFiles(1, ".zip");
            Path zip = downloads.resolve("dokumenty.zip");
            Map<String, byte[]> files = OfficeModeTest.unzip(Files.readAllBytes(zip));
            assertTrue(files.containsKey("madou-detskiy-sad-5/sferum-prikaz.docx")
                    && files.containsKey("mbou-litsey-derzhava/sferum-polozhenie.pdf"), files.keySet().toString());
            assertTrue(DocxReader.text(files.get("madou-detskiy-sad-5/sferum-prikaz.docx")).contains("Иванова"),
                    "the documents are of the profile as saved now");
            js("document.getElementById('since').value = '2026-10-01'");
            el("amend").click();
            waitForFiles(2, ".zip");
            Map<String, byte[]> orders = OfficeModeTest.unzip(Files.readAllBytes(downloads.resolve("prikazy-ob-izmeneniyakh-s-2026-10-01.zip")));
            String summary = new String(orders.get("итоги.csv"), java.nio.charset.StandardCharsets.UTF_8);
            // A new head changes no clause of the Положение: no order amends it, and the table says why.
            assertTrue(summary.contains("МАДОУ «Детский сад № 5»;сведения изменились, текст Положения — нет"), summary);
            assertTrue(summary.contains("МБОУ «Лицей «ДЕРЖАВА»;профиль не менялся"), summary);
            // The office opens a profile of an institution from its list.
            browser.findElement(By.cssSelector("#institutions tr[data-name='madou-detskiy-sad-5'] a.open")).click();
            waiting().until(d -> el("editor").isDisplayed() && "Иванова".equals(el("head-surname").getAttribute("value")));
            assertTrue(el("to-office").isDisplayed());
        }
    }

    /** A browser that opens an institution's link afresh: no cookie, no draft of another. */
    private void asInstitution(String link) {
        browser.manage().deleteAllCookies();
        if (browser.getCurrentUrl().startsWith("http")) {
            js("localStorage.clear()");
        }
        browser.get(link);
        waiting().until(d -> !d.getCurrentUrl().contains("key="));
        waiting().until(d -> el("start").isDisplayed() || el("editor").isDisplayed());
    }

    /**
     * An amendment made on the page alone: the kindergarten used VK Мессенджер, moves to MAX, fills in «Изменения в
     * Положение» and saves; the versions panel gives the amending order between the two versions.
     */
    @Test
    void aSecretaryMakesTheAmendingOrderFromThePage() throws Exception {
        fillKindergarten();
        type("f-institution-short_name", "МАДОУ «Детский сад № 7»");
        // The messenger is among the design's fields, folded until opened.
        js("const d = document.getElementById('f-messenger-name').closest('details'); if (d) d.open = true;");
        type("f-messenger-name", "VK Мессенджер");
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        el("save").click();
        waiting().until(d -> el("status").getText().startsWith("Сохранено на сервере"));
        type("f-messenger-name", "национальный мессенджер MAX");
        date("f-amend-date", "2025-10-01");
        type("f-amend-number", "50-од");
        type("f-amend-reason", "переходом учебного профиля Сферума в национальный мессенджер MAX");
        date("f-amend-protocol_date", "2025-09-30");
        type("f-amend-protocol", "2");
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        el("save").click();
        waiting().until(d -> browser.findElements(By.cssSelector("#versions-list li")).size() == 2);
        el("versions").findElement(By.tagName("summary")).click();
        browser.findElement(By.cssSelector("#versions-list li[data-version='1'] .amend-order")).click();
        waitForFiles(1, ".docx");
        Path order;
        try (Stream<Path> files = Files.list(downloads)) {
            order = files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        }
        String text = DocxReader.text(Files.readAllBytes(order)).replace('\u00A0', ' ');
        assertTrue(text.contains("№ 50-од") && text.contains("О внесении изменени"), text);
        assertTrue(text.contains("MAX") && text.contains("VK Мессенджер"), "the order says what it changes: " + text);
        assertTrue(browser.findElements(By.cssSelector("#versions-list .amend-error")).isEmpty());
    }

    /** The work is kept: a reload restores it with a notice, «К началу» offers to continue, leaving warns. */
    @Test
    void aDraftSurvivesAReloadAndLeavingWarns() throws Exception {
        choose("new-kind", "kindergarten");
        choose("new-region", "permskiy-kray");
        el("new-button").click();
        waiting().until(d -> el("editor").isDisplayed());
        type("f-institution-short_name", "МБДОУ «Берёзка»");
        type("f-institution-city", "Тверь");
        waiting().until(d -> js("return localStorage.getItem('lokalakt-draft')") != null
                && String.valueOf(js("return localStorage.getItem('lokalakt-draft')")).contains("Тверь"));
        assertEquals(Boolean.TRUE, js("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                + " return e.defaultPrevented"), "leaving with unsaved changes is warned of");
        browser.navigate().refresh();
        waiting().until(d -> el("editor").isDisplayed());
        assertEquals("Тверь", el("f-institution-city").getAttribute("value"));
        assertTrue(el("notice").getText().startsWith("Восстановлены сведения, которые вы вводили"), el("notice").getText());
        screenshot("draft-restored-1366.png");
        el("back").click();
        assertTrue(el("draft-card").isDisplayed() && el("draft-text").getText().contains("МБДОУ «Берёзка»"), el("draft-text").getText());
        el("draft-continue").click();
        assertEquals("Тверь", el("f-institution-city").getAttribute("value"), "«К началу» loses nothing");
        el("save").click();
        waiting().until(d -> el("status").getText().startsWith("Сохранено на сервере: «МБДОУ «Берёзка»»"));
        assertTrue(Files.exists(data.resolve("mbdou-berezka.yaml")), "saved without asking for a technical name");
        assertEquals(Boolean.FALSE, js("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                + " return e.defaultPrevented"), "nothing to warn of once saved");
        el("back").click();
        waiting().until(d -> el("saved-list").getText().contains("МБДОУ «Берёзка»"));
        assertFalse(el("saved-list").getText().contains("mbdou"), "the saved list shows the institution's name");
    }

    /** A Latin letter in a surname, an e-mail without «@», a landline as the administrator's mobile: said beside the field. */
    @Test
    void wrongStaffContactsAreSaidBesideTheirFields() throws Exception {
        fillKindergarten();
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        WebElement row = browser.findElement(By.cssSelector(".staff-row"));
        WebElement surname = row.findElement(By.cssSelector("[data-person=surname]"));
        surname.clear();
        surname.sendKeys("Cоколова");
        WebElement phone = row.findElement(By.cssSelector("[data-person=phone]"));
        phone.clear();
        phone.sendKeys("8 (342) 200-00-05");
        row.findElement(By.cssSelector("[data-person=email]")).click();
        waiting().until(d -> row.getText().contains("смешаны русские и латинские буквы (латинские: «C»)")
                && row.getText().contains("не мобильный"));
        js("arguments[0].scrollIntoView()", row);
        screenshot("staff-errors-1366.png");
    }

    /** Changing the administrator's surname keeps her the administrator: the application names her new surname. */
    @Test
    void renamingAStaffMemberKeepsTheAdministrator() throws Exception {
        fillKindergarten();
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        WebElement surname = browser.findElement(By.cssSelector(".staff-row [data-person=surname]"));
        surname.clear();
        surname.sendKeys("Смирнова");
        browser.findElement(By.cssSelector("#doc-list input[value='sferum/zayavka']")).click();
        waiting().until(d -> previewText().contains("Смирнова Анна Андреевна"));
        assertEquals("rabotnik1", new Select(el("f-administrator-staff")).getFirstSelectedOption().getAttribute("value"));
        assertTrue(new Select(el("f-administrator-staff")).getFirstSelectedOption().getText().startsWith("Смирнова"));
    }

    @Test
    void anotherRegionAsksForItsInformationSystem() throws Exception {
        choose("new-kind", "dop");
        choose("new-region", "*");
        el("new-button").click();
        waiting().until(d -> el("editor").isDisplayed());
        assertTrue(el("own-region").isDisplayed(), "a region outside the bundled ones asks for its facts");
        assertTrue(el("f-region-information_system-short_name").isDisplayed());
        assertEquals(0, browser.findElements(By.id("f-region-ministry")).size(), "no question no document uses");
        type("f-region-name", "Республика Карелия");
        waiting().until(d -> {
            var gen = d.findElements(By.cssSelector("[data-forms='region.name'] input[data-case=gen]"));
            return !gen.isEmpty() && "Республики Карелия".equals(gen.get(0).getAttribute("value"));
        });
        choose("f-region", "permskiy-kray");
        waiting().until(d -> !el("own-region").isDisplayed());
    }

    /** A bundled region whose entry is not checked against its source asks the user to confirm it before any download. */
    @Test
    void anUncheckedRegionEntryIsConfirmedFirst() throws Exception {
        choose("new-kind", "school");
        choose("new-region", "arkhangelskaya-oblast");
        el("new-button").click();
        waiting().until(d -> el("region-check").isDisplayed());
        assertTrue(el("region-check-list").getText().contains("региональная информационная система: ГИС «Цифровое образование»"),
                el("region-check-list").getText());
        screenshot("region-check-1366.png");
        el("download-docx").click();
        waiting().until(d -> el("status").getText().startsWith("Сначала сверьте сведения региона"));
        assertEquals(el("region-confirmed"), browser.switchTo().activeElement());
        el("region-confirmed").click();
        browser.navigate().refresh();
        waiting().until(d -> el("editor").isDisplayed());
        assertTrue(el("region-confirmed").isSelected(), "the confirmation is kept with the draft");
        choose("f-region", "permskiy-kray");
        assertFalse(el("region-check").isDisplayed(), "a checked region asks nothing");
    }

    /** A Windows-1251 file is read correctly and the page says it converted it. */
    @Test
    void aWindows1251FileIsReadWithANotice() throws Exception {
        Path file = downloads.resolve("cp1251.yaml");
        Files.write(file, Files.readString(Examples.profile("litsey-derzhava")).getBytes(java.nio.charset.Charset.forName("windows-1251")));
        el("upload").sendKeys(file.toString());
        waiting().until(d -> el("editor").isDisplayed());
        assertTrue(el("notice").getText().contains("Windows-1251"), el("notice").getText());
        assertTrue(el("f-institution-short_name").getAttribute("value").contains("Лицей"), el("f-institution-short_name").getAttribute("value"));
    }

    /** With the server gone, a download says the server is unreachable instead of hanging on «Готовлю файл…». */
    @Test
    void anUnreachableServerIsSaidPlainly() throws Exception {
        WebServer own = new WebServer(new WebEngine(Examples.PROFILES, Examples.TEMPLATES), new ProfileStore(downloads.resolve("own")),
                "127.0.0.1", 0, null);
        browser.get("http://127.0.0.1:" + own.port() + "/");
        choose("new-kind", "school");
        choose("new-region", "permskiy-kray");
        el("new-button").click();
        waiting().until(d -> el("status").getText().startsWith("Готово документов"));
        own.close();
        el("download-zip").click();
        el("save").click();
        waiting().until(d -> el("status").getText().startsWith("Нет связи с программой lokalakt"));
    }

    /** No English, no internal names, no key of the profile anywhere on the page a secretary sees. */
    @Test
    void thePageSpeaksRussianOnly() {
        fillKindergarten();
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        // Addresses in the examples (an e-mail, a website) are addresses, not words.
        String visible = String.valueOf(js("return document.body.innerText")).replaceAll("\\S+@\\S+|https?://\\S+", "");
        java.util.regex.Matcher latin = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z_]{2,}").matcher(visible);
        java.util.Set<String> allowed = java.util.Set.of("lokalakt", "DOCX", "PDF", "HTML", "ZIP", "yaml", "MAX", "QR");
        java.util.List<String> found = new java.util.ArrayList<>();
        while (latin.find()) {
            if (!allowed.contains(latin.group())) {
                found.add(latin.group());
            }
        }
        assertEquals(java.util.List.of(), found, "Latin words on the page");
        String options = String.valueOf(js("return Array.from(document.querySelectorAll('option')).map(o => o.textContent).join('|')"));
        assertFalse(options.contains("rabotnik") || options.contains("person"), options);
    }

    /** Tab presses from the form's title to «Скачать DOCX» in an empty form (before this page: about 150). */
    @Test
    void theKeyboardAloneReachesTheDownloadButton() throws Exception {
        Actions keys = new Actions(browser);
        int steps = 0;
        while (!el("new-button").equals(browser.switchTo().activeElement()) && steps++ < 40) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertTrue(steps < 40, "Tab reaches «Заполнить сведения»");
        choose("new-kind", "kindergarten");
        choose("new-region", "*");
        el("new-button").click();
        waiting().until(d -> el("status").getText().startsWith("Готово документов"));
        steps = 0;
        while (!el("download-docx").equals(browser.switchTo().activeElement()) && steps++ < 400) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertTrue(steps < 80, "Tab reaches «Скачать DOCX» from the form's title: " + steps);
        long focusable = ((Number) js("return Array.from(document.querySelectorAll('#editor a[href], #editor button, #editor input, "
                + "#editor select, #editor summary')).filter(e => e.checkVisibility({visibilityProperty: true}) && e.tabIndex >= 0).length")).longValue();
        Files.writeString(SHOTS.resolve("keyboard.txt"), "Tab до «Скачать DOCX» в пустой форме: " + steps
                + "; видимых элементов с фокусом: " + focusable + "; высота страницы: "
                + js("return document.documentElement.scrollHeight") + " px\n");
        screenshot("keyboard-focus.png");
    }

    /**
     * Tab presses from the form's title to «Скачать DOCX» once the kindergarten is filled in (the same profile on
     * the page before this one: 130 presses, 108 focusable elements, 7,284 px).
     */
    @Test
    void aFilledFormIsShortByKeyboard() throws Exception {
        fillKindergarten();
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        js("document.getElementById('editor-title').focus()");
        Actions keys = new Actions(browser);
        int steps = 0;
        while (!el("download-docx").equals(browser.switchTo().activeElement()) && steps++ < 400) {
            keys.sendKeys(Keys.TAB).perform();
        }
        long focusable = ((Number) js("return Array.from(document.querySelectorAll('#editor a[href], #editor button, #editor input, "
                + "#editor select, #editor summary')).filter(e => e.checkVisibility({visibilityProperty: true}) && e.tabIndex >= 0).length")).longValue();
        Files.writeString(SHOTS.resolve("keyboard-filled.txt"), "Tab до «Скачать DOCX» в заполненной форме: " + steps
                + "; видимых элементов с фокусом: " + focusable + "; высота страницы: "
                + js("return document.documentElement.scrollHeight") + " px\n");
        assertTrue(steps < 100, "fewer Tab presses than the page before (130): " + steps);
    }

    /**
     * The secretary's run, by keyboard alone: a kindergarten in a region not bundled (Тверская область), from the
     * empty start page to all six documents downloaded. Every key is counted; Tab presses on their own.
     */
    @Test
    void aSecretaryFillsTheFormByKeyboardAndDownloadsAllSixDocuments() throws Exception {
        int[] count = new int[2];
        Actions keys = new Actions(browser);
        java.util.function.Consumer<String> tabTo = id -> {
            WebElement target = el(id);
            int guard = 0;
            while (!target.equals(browser.switchTo().activeElement()) && guard++ < 60) {
                keys.sendKeys(Keys.TAB).perform();
                count[0]++;
                count[1]++;
            }
            assertTrue(guard < 60, "Tab reaches " + id);
        };
        java.util.function.Consumer<CharSequence> press = k -> {
            keys.sendKeys(k).perform();
            count[1] += k instanceof Keys ? 1 : k.length();
        };
        java.util.function.BiConsumer<String, String> fill = (id, text) -> {
            tabTo.accept(id);
            press.accept(text);
        };
        fill.accept("new-kind", "д");
        fill.accept("new-region", "друг");
        assertEquals("kindergarten", new Select(el("new-kind")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("*", new Select(el("new-region")).getFirstSelectedOption().getAttribute("value"));
        tabTo.accept("new-button");
        press.accept(Keys.ENTER);
        waiting().until(d -> el("editor").isDisplayed());
        fill.accept("f-region-name", "Тверская область");
        fill.accept("f-region-information_system-short_name", "АИС «Сетевой город. Образование»");
        fill.accept("f-region-information_system-full_name", "автоматизированная информационная система «Сетевой город. Образование»");
        tabTo.accept("f-region-information_system-linked");
        press.accept(Keys.SPACE);
        fill.accept("f-region-information_system-since", "01.09.2020");
        fill.accept("f-institution-full_name", "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 17»");
        fill.accept("f-institution-short_name", "МБДОУ «Детский сад № 17»");
        fill.accept("f-institution-city", "Тверь");
        fill.accept("f-institution-municipality", "городской округ город Тверь");
        fill.accept("f-institution-address", "170100, Тверская область, г. Тверь, ул. Советская, д. 17");
        fill.accept("f-institution-phone", "8 (4822) 33-44-55");
        fill.accept("f-institution-email", "sad17@tver-edu.ru");
        fill.accept("f-institution-inn", "6950012340");
        fill.accept("f-institution-kpp", "695001001");
        fill.accept("head-surname", "Соколова");
        fill.accept("head-initials", "И. В.");
        tabTo.accept("add-staff");
        press.accept(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.id("staff-1-surname")).isEmpty());
        press.accept("Кузнецова");
        fill.accept("staff-1-first_name", "Ольга");
        fill.accept("staff-1-patronymic", "Николаевна");
        fill.accept("staff-1-position", "заместитель заведующего");
        fill.accept("staff-1-phone", "+7 910 123-45-67");
        fill.accept("staff-1-email", "kuznetsova@tver-edu.ru");
        assertEquals("female", new Select(el("staff-1-gender")).getFirstSelectedOption().getAttribute("value"),
                "the gender follows from the patronymic");
        fill.accept("f-order-date", "01.09.2025");
        fill.accept("f-order-number", "45-од");
        fill.accept("f-order-link_deadline", "10.09.2025");
        fill.accept("f-order-official_from", "15.09.2025");
        fill.accept("f-order-control", "р");
        fill.accept("f-order-executor", "к");
        fill.accept("f-approval-date", "29.08.2025");
        fill.accept("f-approval-protocol", "1");
        fill.accept("f-administrator-staff", "к");
        fill.accept("f-administrator-order-date", "28.08.2025");
        fill.accept("f-administrator-order-number", "44-од");
        fill.accept("f-application-date", "29.08.2025");
        fill.accept("f-application-number", "12");
        fill.accept("f-notice-date", "02.09.2025");
        int tabsToFill = count[0];
        int keysToFill = count[1];
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        WebElement checked = browser.findElement(By.cssSelector("#doc-list input[name=doc]:checked"));
        tabTo.accept(checked.getAttribute("id"));
        // From the order's line: Tab to «Скачать DOCX», Enter; back with Shift+Tab and up the list to the next.
        // The list in the package's order: Положение, приказ, приказ о назначении, заявка, памятка, страница сайта.
        java.util.List<String> order = java.util.List.of("sferum/prikaz", "sferum/polozhenie", "sferum/sayt",
                "sferum/pamyatka", "sferum/zayavka", "sferum/prikaz-administrator");
        for (int i = 0; i < order.size(); i++) {
            if (i > 0) {
                keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
                count[0]++;
                count[1]++;
                press.accept(Keys.ARROW_UP);
            }
            String doc = order.get(i);
            waiting().until(d -> doc.equals(browser.findElement(By.cssSelector("#doc-list input[name=doc]:checked")).getAttribute("value")));
            if (i == 0) {
                tabTo.accept("download-docx");
            } else {
                press.accept(Keys.TAB);
                count[0]++;
                assertEquals(el("download-docx"), browser.switchTo().activeElement());
            }
            press.accept(Keys.ENTER);
            waitForFiles(i + 1, ".docx");
        }
        java.util.List<String> files;
        try (Stream<Path> list = Files.list(downloads)) {
            files = list.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".docx")).sorted().toList();
        }
        assertEquals(java.util.List.of("mbdou-detskiy-sad-17-sferum-pamyatka.docx", "mbdou-detskiy-sad-17-sferum-polozhenie.docx",
                "mbdou-detskiy-sad-17-sferum-prikaz-administrator.docx", "mbdou-detskiy-sad-17-sferum-prikaz.docx",
                "mbdou-detskiy-sad-17-sferum-sayt.docx", "mbdou-detskiy-sad-17-sferum-zayavka.docx"), files);
        String application = DocxReader.text(Files.readAllBytes(downloads.resolve("mbdou-detskiy-sad-17-sferum-zayavka.docx")))
                .replace('\u00A0', ' ');
        assertTrue(application.contains("Кузнецова Ольга Николаевна") && application.contains("+7 910 123-45-67")
                && application.contains("Тверская область"), application);
        String regulation = DocxReader.text(Files.readAllBytes(downloads.resolve("mbdou-detskiy-sad-17-sferum-polozhenie.docx")));
        assertTrue(regulation.contains("Сетевой город. Образование"), "the regional system's clauses stay");
        String result = "Секретарь, только клавиатура: заполнение — " + keysToFill + " нажатий, из них Tab — " + tabsToFill
                + "; все шесть документов скачаны — всего " + count[1] + " нажатий, из них Tab — " + count[0];
        System.out.println(result);
        Files.writeString(SHOTS.resolve("secretary-run.txt"), result + "\n");
        js("document.querySelector('.preview').scrollIntoView()");
        screenshot("secretary-done-1366.png");
    }

    @Test
    void aPhoneScreenHasNoSidewaysScrollingLargeControlsAndThePreviewATapAway() throws Exception {
        // A desktop window cannot be made that narrow; the browser's device emulation gives a phone's viewport.
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        browser.navigate().refresh();
        screenshot("start-390.png");
        assertEquals(0L, ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue(),
                "the start screen fits the phone's width");
        fillKindergarten();
        waiting().until(d -> el("status").getText().equals(ALL_READY));
        Object overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object wide = js("const w = document.documentElement.clientWidth;"
                + "return Array.from(document.querySelectorAll('body, body *')).filter(e => e.getBoundingClientRect().right"
                + " + window.scrollX > w + 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')"
                + ".slice(0, 6).map(e => e.tagName + '#' + e.id + '.' + e.className + ':' + e.scrollWidth).join(' ')");
        js("document.getElementById('g-head').scrollIntoView()");
        screenshot("form-390.png");
        assertEquals(390L, ((Number) js("return window.innerWidth")).longValue(), "the page fits the phone's width: " + wide);
        assertEquals(0L, ((Number) overflow).longValue(), "nothing wider than the screen: " + wide);
        Object small = js("return Array.from(document.querySelectorAll('#editor input:not([type=checkbox]):not([type=radio]):not(.calendar), #editor select, #editor button'))"
                + ".filter(e => e.offsetParent !== null).filter(e => e.getBoundingClientRect().height < 44"
                + " || parseFloat(getComputedStyle(e).fontSize) < 16).map(e => e.id || e.className).join(' ')");
        assertEquals("", small, "every control at least 44 px tall with 16 px text");
        Files.writeString(SHOTS.resolve("phone.txt"), "высота страницы на телефоне 390×844: "
                + js("return document.documentElement.scrollHeight") + " px; предпросмотр начинается на "
                + js("return Math.round(document.getElementById('preview-pane').getBoundingClientRect().top + window.scrollY)") + " px\n");
        WebElement toPreview = el("to-preview");
        assertTrue(toPreview.isDisplayed(), "the documents are one tap away");
        toPreview.click();
        waiting().until(d -> ((Number) js("return document.getElementById('preview-pane').getBoundingClientRect().top")).doubleValue() < 100);
        screenshot("preview-390.png");
    }
}
