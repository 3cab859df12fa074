package ru.lokalakt.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import ru.lokalakt.Examples;
import ru.lokalakt.document.Document;
import ru.lokalakt.profile.Location;
import ru.lokalakt.profile.Profile;
import ru.lokalakt.render.docx.DocxRenderer;
import ru.lokalakt.render.pdf.PdfRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The QR code requisite is read back by a decoder from what a person would scan: the printed page. */
class QrCodeTest {
    private static final Location TEST = new Location(Path.of("test"), 1, 1);

    private static Document order(String gost) {
        Profile profile = Examples.load("ktis").with("documents.qr", "https://ktis.example/docs/", TEST)
                .with("documents.gost", gost, TEST);
        return Examples.generator().document(profile, "sferum/prikaz");
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    @Test
    void thePdfsFirstPageCarriesTheDocumentsAddressAtTheBottomRight() throws Exception {
        BufferedImage page = ru.lokalakt.PdfText.image(new PdfRenderer().render(order("2025")), 1, 300);
        BufferedImage corner = page.getSubimage(page.getWidth() * 3 / 4, page.getHeight() * 7 / 8,
                page.getWidth() / 4, page.getHeight() / 8);
        assertEquals("https://ktis.example/docs/sferum-prikaz.pdf", decode(corner));
    }

    @Test
    void theDocxFirstPageFooterCarriesTheSameCode() throws Exception {
        byte[] docx = new DocxRenderer().render(order("2025"));
        byte[] png = null;
        String footer = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("word/media/")) {
                    png = zip.readAllBytes();
                } else if (e.getName().equals("word/footer1.xml")) {
                    footer = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals("https://ktis.example/docs/sferum-prikaz.pdf", decode(ImageIO.read(new ByteArrayInputStream(png))));
        assertTrue(footer.contains("w:val=\"right\""), "at the right");
        String document = ru.lokalakt.DocxReader.open(docx).getMainDocumentPart().getXML();
        assertTrue(document.contains("w:footerReference") && document.contains("w:type=\"first\""), "first page only");
    }

    @Test
    void theTwoThousandSixteenEditionHasNoQrCode() {
        assertNull(order("2016").qrCode());
        assertFalse(new String(new DocxRenderer().render(order("2016")), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("word/media/"));
    }
}
