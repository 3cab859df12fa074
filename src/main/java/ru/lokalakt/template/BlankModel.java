package ru.lokalakt.template;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;
import ru.lokalakt.document.Blank;

/**
 * A missing fact of a model document. Whatever a template asks of it (a case form, a date's form, a person's
 * signature) is the same blank, which prints as a marker the document reader turns into a line with a hint.
 */
final class BlankModel implements TemplateHashModel, TemplateScalarModel {
    private final String marker;

    BlankModel(String marker) {
        this.marker = marker;
    }

    @Override
    public TemplateModel get(String key) {
        return this;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public String getAsString() {
        return marker;
    }

    static boolean isBlank(Object value) {
        return value instanceof String s && Blank.isMarker(s);
    }
}
