package ru.lokalakt.render.docx;

/** The two headers: an empty one for page 1, the centred page number for the rest. */
final class HeaderXml {
    /** The page number sits in the top margin, this far from the page edge. */
    static final double HEADER_DISTANCE_MM = 10;

    private HeaderXml() {
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
