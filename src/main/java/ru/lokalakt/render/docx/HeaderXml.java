package ru.lokalakt.render.docx;

import ru.lokalakt.document.PageLayout;

/** The headers: an empty one for page 1; from page 2, the centred page number or the running header. */
final class HeaderXml {
    private static final String RUNNING_SIZE = "<w:rPr><w:sz w:val=\"" + PageLayout.RUNNING_HEADER_PT * 2 + "\"/></w:rPr>";

    private HeaderXml() {
    }

    static String header(boolean withPageNumber) {
        return "<w:hdr " + WordXml.NAMESPACES + "><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
                + (withPageNumber ? field("PAGE", "") : "") + "</w:p></w:hdr>";
    }

    /** Short title at the left, «страница N из M» at the right edge of the text, a rule under both. */
    static String runningHeader(String title, int textWidthTwips) {
        return "<w:hdr " + WordXml.NAMESPACES + "><w:p><w:pPr><w:pStyle w:val=\"Header\"/>"
                + "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
                + "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + textWidthTwips + "\"/></w:tabs><w:jc w:val=\"left\"/>"
                + RUNNING_SIZE + "</w:pPr>"
                + run(WordXml.escape(title)) + "<w:r>" + RUNNING_SIZE + "<w:tab/></w:r>" + run("страница ")
                + field("PAGE", RUNNING_SIZE) + run(" из ") + field("NUMPAGES", RUNNING_SIZE) + "</w:p></w:hdr>";
    }

    private static String run(String text) {
        return "<w:r>" + RUNNING_SIZE + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    /** A Word field; «2» stands in until Word or LibreOffice computes it. */
    private static String field(String instruction, String runProperties) {
        return "<w:r>" + runProperties + "<w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r>" + runProperties + "<w:instrText xml:space=\"preserve\"> " + instruction + " </w:instrText></w:r>"
                + "<w:r>" + runProperties + "<w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r>" + runProperties + "<w:t>2</w:t></w:r>"
                + "<w:r>" + runProperties + "<w:fldChar w:fldCharType=\"end\"/></w:r>";
    }
}
