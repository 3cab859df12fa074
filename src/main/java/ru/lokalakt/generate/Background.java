package ru.lokalakt.generate;

/**
 * Work started on a spare core ahead of need (the JAXB context of DOCX, the Russian dictionary): a daemon
 * thread whose failure is ignored here, because the same failure surfaces, with its message, at first real use.
 */
public final class Background {
    private Background() {
    }

    public static void start(String name, Runnable task) {
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // reported where the work is used
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
