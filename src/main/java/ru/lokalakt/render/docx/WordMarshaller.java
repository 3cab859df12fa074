package ru.lokalakt.render.docx;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.docx4j.jaxb.NamespacePrefixMappings;
import org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper;
import ru.lokalakt.render.RenderException;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/**
 * A JAXB context over the docx4j classes a document of ours uses (WordprocessingML and the DrawingML of an inline
 * picture), one marshaller per thread. docx4j's own context covers sixty packages (charts, ink, 3D models …)
 * and costs a fresh JVM over a second; this one costs about half of that. Parts are marshalled straight into
 * the package, without indentation, which Word ignores.
 */
final class WordMarshaller {
    private static final String PACKAGES = "org.docx4j.wml:org.docx4j.w14:org.docx4j.w15:org.docx4j.dml"
            + ":org.docx4j.dml.picture:org.docx4j.dml.wordprocessingDrawing";

    /** The prefixes Word writes, declared once on the root element of every part. */
    private static final Map<String, String> PREFIXES = Map.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r",
            "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp",
            "http://schemas.openxmlformats.org/drawingml/2006/main", "a",
            "http://schemas.openxmlformats.org/drawingml/2006/picture", "pic");
    /**
     * Every namespace of the context, declared on the root in this order. Left to JAXB, the namespaces beyond the
     * pre-declared ones come in an order that depends on what the JVM marshalled before (a batch of four
     * institutions and one of eight gave the same part different bytes); all of them declared here, the bytes of a
     * part depend on the part alone.
     */
    private static final String[] DECLARED = {
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://schemas.microsoft.com/office/word/2012/wordml",
            "http://schemas.microsoft.com/office/word/2010/wordml",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "http://schemas.openxmlformats.org/drawingml/2006/main",
            "http://schemas.microsoft.com/office/drawing/2010/main",
            "http://schemas.openxmlformats.org/officeDocument/2006/math",
            "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
            "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
            "http://schemas.openxmlformats.org/markup-compatibility/2006",
            "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
            "http://schemas.openxmlformats.org/drawingml/2006/picture"};

    private static volatile JAXBContext context;

    private static JAXBContext context() {
        if (context == null) {
            synchronized (WordMarshaller.class) {
                if (context == null) {
                    try {
                        context = JAXBContext.newInstance(PACKAGES, WordMarshaller.class.getClassLoader());
                    } catch (JAXBException e) {
                        throw new RenderException("JAXB не настраивается для DOCX: " + e.getMessage(), e);
                    }
                }
            }
        }
        return context;
    }

    private static final ThreadLocal<Marshaller> MARSHALLER = ThreadLocal.withInitial(() -> {
        try {
            Marshaller m = context().createMarshaller();
            m.setProperty("org.glassfish.jaxb.namespacePrefixMapper", new Prefixes());
            return m;
        } catch (JAXBException e) {
            throw new RenderException("JAXB не настраивается для DOCX: " + e.getMessage(), e);
        }
    });

    private WordMarshaller() {
    }

    /** Builds the JAXB context now: a fresh JVM can do it on a spare core while other work goes on. */
    static void prepare() {
        context();
    }

    static void marshal(Object element, OutputStream out) {
        try {
            out.write(bytes(element));
        } catch (java.io.IOException e) {
            throw new RenderException("не удалось собрать DOCX: " + e.getMessage(), e);
        }
    }

    static byte[] bytes(Object element) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            MARSHALLER.get().marshal(element, out);
        } catch (JAXBException e) {
            throw new RenderException("не удалось собрать DOCX: " + e.getMessage(), e);
        }
        return declaredInOrder(out.toByteArray());
    }

    private static final java.util.regex.Pattern XMLNS = java.util.regex.Pattern.compile("\\s+xmlns:[A-Za-z0-9]+=\"([^\"]*)\"");

    /**
     * The part with its root's namespace declarations in the order of {@link #DECLARED} (any other after them, as
     * they came). JAXB writes the pre-declared namespaces in an order of its own, which follows the order the JVM
     * lists the model's methods in — another with an AppCDS archive than without —, so the same document gave
     * different bytes from {@code ./lokalakt} and from {@code bin/lokalakt}. Only the root's start tag is touched.
     */
    static byte[] declaredInOrder(byte[] xml) {
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        int start = text.startsWith("<?xml") ? text.indexOf('<', text.indexOf("?>") + 2) : text.indexOf('<');
        int end = start < 0 ? -1 : text.indexOf('>', start);
        if (end < 0) {
            return xml;
        }
        String tag = text.substring(start, end);
        java.util.regex.Matcher m = XMLNS.matcher(tag);
        List<String[]> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(new String[]{m.group(), m.group(1)});
        }
        if (found.size() < 2) {
            return xml;
        }
        List<String> order = List.of(DECLARED);
        List<String[]> sorted = new java.util.ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt(d -> order.contains(d[1]) ? order.indexOf(d[1]) : order.size()));
        String bare = XMLNS.matcher(tag).replaceAll("");
        int name = bare.indexOf(' ') < 0 ? bare.length() : bare.indexOf(' ');
        StringBuilder root = new StringBuilder(bare.substring(0, name));
        sorted.forEach(d -> root.append(d[0]));
        root.append(bare.substring(name));
        return (text.substring(0, start) + root + text.substring(end)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** WordprocessingML written by us, read into docx4j's model: a part that breaks its schema fails here. */
    static Object parse(String xml) {
        try {
            Object result = context().createUnmarshaller().unmarshal(new StringReader(xml));
            return result instanceof JAXBElement<?> element ? element.getValue() : result;
        } catch (JAXBException e) {
            throw new RenderException("не удалось собрать DOCX: " + e.getMessage(), e);
        }
    }

    /** Our XML, checked against docx4j's model and written as the body is. */
    static byte[] normalised(String xml) {
        return bytes(parse(xml));
    }

    private static final class Prefixes extends NamespacePrefixMapper {
        @Override
        public String getPreferredPrefix(String uri, String suggestion, boolean requirePrefix) {
            String prefix = PREFIXES.get(uri);
            // JAXB declares every namespace of the context on the root: give them Word's names, not ns2, ns3 …
            return prefix != null ? prefix : NamespacePrefixMappings.getPreferredPrefixStatic(uri, suggestion, requirePrefix);
        }

        @Override
        public String[] getPreDeclaredNamespaceUris() {
            return DECLARED;
        }
    }
}
