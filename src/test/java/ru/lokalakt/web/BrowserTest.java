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
                "--disable-sync", "--lang=ru-RU", "--window-size=1280,800");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "ru-RU,ru"));
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

    /** A date as the page's date input holds it; the browser's own date widget is not what is tested here. */
    private void date(String id, String iso) {
        ((JavascriptExecutor) browser).executeScript("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true}));", id, iso);
    }

    private void choose(String id, String value) {
        new Select(el(id)).selectByValue(value);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void screenshot(String name) throws Exception {
        Files.write(SHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void fillKindergarten() {
        choose("new-kind", "kindergarten");
        choose("new-region", "permskiy-kray");
        el("new-button").click();
        waiting().until(d -> el("editor").isDisplayed());
        type("f-id", "detsad-5");
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
        WebElement key = row.findElement(By.cssSelector("[data-key]"));
        key.clear();
        key.sendKeys("deputy");
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
        choose("f-order-responsible", "deputy");
        date("f-order-link_deadline", "2025-09-10");
        date("f-order-official_from", "2025-09-15");
        choose("f-order-control", "self");
        choose("f-order-executor", "deputy");
        date("f-approval-date", "2025-08-29");
        type("f-approval-protocol", "1");
        choose("f-administrator-staff", "deputy");
        date("f-administrator-order-date", "2025-08-28");
        type("f-administrator-order-number", "44-од");
        date("f-application-date", "2025-08-29");
        type("f-application-number", "12");
        date("f-notice-date", "2025-09-02");
    }

    private String previewText() {
        browser.switchTo().frame(el("preview"));
        try {
            return browser.findElement(By.tagName("body")).getText().replace('\u00A0', ' ');
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    @Test
    void aNewKindergartenFromScratchPreviewsValidatesAndDownloads() throws Exception {
        fillKindergarten();
        waiting().until(d -> el("status").getText().equals("Ошибок нет"));
        waiting().until(d -> previewText().contains("Титовой А. А."));
        String order = previewText();
        assertTrue(order.contains("Старшему воспитателю Титовой А. А."), "the deputy in the dative: " + order);
        assertTrue(order.contains("МАДОУ «Детский сад № 5»") && order.contains("г. Пермь"), order);
        assertTrue(!order.contains("учител") && order.contains("воспитател"), "a kindergarten's words");
        WebElement headDative = browser.findElement(By.cssSelector("[data-forms=head] input[data-case=dat]"));
        assertEquals("Петровой М. А.", headDative.getAttribute("value").replace('\u00A0', ' '), "the head's dative beside her name");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('g-head').scrollIntoView()");
        screenshot("form-1280.png");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.preview').scrollIntoView()");
        screenshot("preview-1280.png");

        date("f-order-link_deadline", "2025-08-01");
        WebElement error = el("f-order-link_deadline-error");
        waiting().until(d -> error.getText().contains("раньше даты приказа"));
        assertEquals("true", el("f-order-link_deadline").getAttribute("aria-invalid"));
        assertEquals("Пермь", el("f-institution-city").getAttribute("value"), "the other values stay");
        assertEquals("Петрова", el("head-surname").getAttribute("value"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('f-order-link_deadline').scrollIntoView({block: 'center'})");
        screenshot("error-1280.png");
        date("f-order-link_deadline", "2025-09-10");
        waiting().until(d -> error.getText().isEmpty());
        waiting().until(d -> el("status").getText().equals("Ошибок нет"));

        el("download-docx").click();
        Path docx = downloads.resolve("detsad-5-sferum-prikaz.docx");
        waiting().until(d -> Files.exists(docx));
        waiting().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.noneMatch(f -> f.toString().endsWith(".crdownload"));
            } catch (Exception e) {
                return false;
            }
        });
        String text = DocxReader.text(Files.readAllBytes(docx));
        assertTrue(text.replace('\u00A0', ' ').contains("Старшему воспитателю Титовой А. А."), text);

        // The profile round-trips: the command line makes the same bytes from the downloaded YAML, and the YAML
        // uploaded again gives the same form.
        el("download-yaml").click();
        Path yaml = downloads.resolve("detsad-5.yaml");
        waiting().until(d -> Files.exists(yaml));
        Path out = downloads.resolve("cli");
        assertEquals(0, ru.lokalakt.cli.CliAccess.run("generate", yaml.toString(), "-o", out.toString(), "--format", "docx"));
        assertArrayEquals(Files.readAllBytes(docx), Files.readAllBytes(out.resolve("detsad-5/sferum-prikaz.docx")),
                "the command line writes the same DOCX from the downloaded profile");
        browser.get("http://127.0.0.1:" + server.port() + "/");
        el("upload").sendKeys(yaml.toString());
        waiting().until(d -> el("editor").isDisplayed());
        assertEquals("Пермь", el("f-institution-city").getAttribute("value"));
        assertEquals("kindergarten", new Select(el("f-kind")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("2025-09-01", el("f-order-date").getAttribute("value"));
        assertEquals("deputy", new Select(el("f-order-responsible")).getFirstSelectedOption().getAttribute("value"));
        WebElement row = browser.findElement(By.cssSelector(".staff-row"));
        assertEquals("Титова", row.findElement(By.cssSelector("[data-person=surname]")).getAttribute("value"));
        assertEquals("старший воспитатель", row.findElement(By.cssSelector("[data-person=position]")).getAttribute("value"));
        waiting().until(d -> el("status").getText().equals("Ошибок нет"));
    }

    @Test
    void anotherRegionIsDescribedInTheFormItself() {
        choose("new-kind", "dop");
        choose("new-region", "");
        el("new-button").click();
        waiting().until(d -> el("editor").isDisplayed());
        assertTrue(el("own-region").isDisplayed(), "a region outside the bundled ones asks for its facts");
        type("f-region-name", "Республика Карелия");
        waiting().until(d -> {
            var dative = d.findElements(By.cssSelector("[data-forms='region.name'] input[data-case=gen]"));
            return !dative.isEmpty() && "Республики Карелия".equals(dative.get(0).getAttribute("value"));
        });
        choose("f-region", "permskiy-kray");
        waiting().until(d -> !el("own-region").isDisplayed());
    }

    @Test
    void theKeyboardAloneReachesTheDownloadButton() throws Exception {
        Actions keys = new Actions(browser);
        int steps = 0;
        while (!el("new-button").equals(browser.switchTo().activeElement()) && steps++ < 40) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertTrue(steps < 40, "Tab reaches «Заполнить сведения»");
        keys.sendKeys(Keys.ENTER).perform();
        waiting().until(d -> el("editor").isDisplayed());
        steps = 0;
        while (!el("download-docx").equals(browser.switchTo().activeElement()) && steps++ < 400) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertTrue(steps < 400, "Tab reaches «Скачать DOCX» from the form");
        screenshot("keyboard-focus.png");
    }

    @Test
    void aPhoneScreenHasNoSidewaysScrolling() throws Exception {
        // A desktop window cannot be made that narrow; the browser's device emulation gives a phone's viewport.
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        browser.navigate().refresh();
        fillKindergarten();
        waiting().until(d -> el("status").getText().equals("Ошибок нет"));
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object wide = ((JavascriptExecutor) browser).executeScript("const w = document.documentElement.clientWidth;"
                + "return Array.from(document.querySelectorAll('body, body *')).filter(e => e.getBoundingClientRect().right"
                + " + window.scrollX > w + 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')"
                + ".slice(0, 6).map(e => e.tagName + '#' + e.id + '.' + e.className + ':' + e.scrollWidth).join(' ')");
        screenshot("form-390.png");
        assertEquals(390L, ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth")).longValue(),
                "the page fits the phone's width: " + wide);
        assertEquals(0L, ((Number) overflow).longValue(), "nothing wider than the screen: " + wide);
    }
}
