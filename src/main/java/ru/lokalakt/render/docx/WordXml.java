package ru.lokalakt.render.docx;

/** Text for WordprocessingML: escaping and unit conversion. */
final class WordXml {
    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String NAMESPACES = "xmlns:w=\"" + W_NS + "\" xmlns:r=\"" + R_NS + "\"";

    private WordXml() {
    }

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
