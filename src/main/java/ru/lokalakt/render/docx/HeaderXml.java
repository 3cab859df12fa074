package ru.lokalakt.render.docx;

/** The two headers: an empty one for page 1, the centred page number for the rest. */
final class HeaderXml {
    /** The page number sits in the top margin, this far from the page edge. */
    static final double HEADER_DISTANCE_MM = 10;

    private HeaderXml() {
    }

    /** Short title at the left, «страница N из M» at the right edge of the text. */
    static String runningHeader(String title, int textWidthTwips) {
        return "<w:hdr " + WordXml.NAMESPACES + "><w:p><w:pPr><w:pStyle w:val=\"Header\"/>"
                + "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
                + "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + textWidthTwips + "\"/></w:tabs><w:jc w:val=\"left\"/>"
                + "<w:rPr><w:sz w:val=\"20\"/></w:rPr></w:pPr>"
                + "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t xml:space=\"preserve\">" + WordXml.escape(title) + "</w:t></w:r>"
                + "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:tab/><w:t xml:space=\"preserve\">страница </w:t></w:r>"
                + field("PAGE", "2") + "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t xml:space=\"preserve\"> из </w:t></w:r>"
                + field("NUMPAGES", "2") + "</w:p></w:hdr>";
    }

    private static String field(String instruction, String shown) {
        String small = "<w:rPr><w:sz w:val=\"20\"/></w:rPr>";
        return "<w:r>" + small + "<w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r>" + small + "<w:instrText xml:space=\"preserve\"> " + instruction + " </w:instrText></w:r>"
                + "<w:r>" + small + "<w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r>" + small + "<w:t>" + shown + "</w:t></w:r>"
                + "<w:r>" + small + "<w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    static String header(boolean withPageNumber) {
        StringBuilder h = new StringBuilder("<w:hdr ").append(WordXml.NAMESPACES).append("><w:p><w:pPr>")
                .append("<w:pStyle w:val=\"Header\"/></w:pPr>");
        if (withPageNumber) {
            h.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                    .append("<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>")
                    .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
                    .append("<w:r><w:t>2</w:t></w:r>")
                    .append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        }
        h.append("</w:p></w:hdr>");
        return h.toString();
    }
}
