package ru.lokalakt.cli;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import ru.lokalakt.Examples;

/**
 * Runs each test with the program's home at this checkout ({@code lokalakt.home}), as the launcher sets it, and
 * puts back what was there before.
 */
final class ProgramHome implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ProgramHome.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("saved", String.valueOf(System.getProperty("lokalakt.home")));
        System.setProperty("lokalakt.home", Examples.ROOT.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String saved = context.getStore(NS).get("saved", String.class);
        if (saved == null || saved.equals("null")) {
            System.clearProperty("lokalakt.home");
        } else {
            System.setProperty("lokalakt.home", saved);
        }
    }
}
