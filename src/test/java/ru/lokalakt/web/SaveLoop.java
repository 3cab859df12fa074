package ru.lokalakt.web;

import java.nio.file.Path;

/** Saves one profile over and over, each save a new version, until it is killed: what {@link SaveKillTest} kills. */
public final class SaveLoop {
    private SaveLoop() {
    }

    /** The text of save {@code n}: its number and a padding whose length depends on it, so a cut text shows. */
    static String text(int n) {
        return "id: p\n# save " + n + "\nnote: " + "а".repeat(20_000 + (n % 7) * 3_000) + "\nend: " + n + "\n";
    }

    public static void main(String[] args) throws Exception {
        ProfileStore store = new ProfileStore(Path.of(args[0]));
        store.prepare();
        ProfileStore.Saved current = store.read("p");
        int n = current == null ? 0 : Integer.parseInt(current.text().replaceAll("(?s).*\nend: (\\d+)\n$", "$1"));
        String version = current == null ? ProfileStore.NEW : current.version();
        System.out.println("ready");
        System.out.flush();
        while (true) {
            n++;
            ProfileStore.SaveResult r = store.save("p", text(n), version, "сохранение", "проверка");
            if (!r.saved()) {
                throw new IllegalStateException("refused: " + r.version());
            }
            version = r.version();
        }
    }
}
