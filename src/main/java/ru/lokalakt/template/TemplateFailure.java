package ru.lokalakt.template;

/** A template that could not be rendered: names the template, its line and the profile being rendered. */
public class TemplateFailure extends RuntimeException {
    public TemplateFailure(String message) {
        super(message);
    }
}
