package ru.lokalakt.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong keys, by client address: after each one the client may not try another key for a while that doubles
 * with every wrong key (1 s, 2 s, 4 s … up to 5 minutes). A right key does not clear the count (a holder of one
 * link would otherwise guess others at a steady second apiece): an address is forgotten an hour after its last
 * wrong key. At most 10 000 remembered, the oldest dropped first.
 */
final class KeyAttempts {
    static final long FIRST_MS = 1000;
    static final long MAX_MS = 5 * 60 * 1000;
    private static final long FORGET_MS = 60 * 60 * 1000;
    private static final int MAX_CLIENTS = 10_000;

    private record State(int wrong, long last) {
        long until() {
            return last + Math.min(MAX_MS, FIRST_MS << Math.min(wrong - 1, 20));
        }
    }

    private final Map<String, State> clients = new LinkedHashMap<>(16, 0.75f, true);
    private final java.util.function.LongSupplier clock;

    KeyAttempts() {
        this(System::currentTimeMillis);
    }

    KeyAttempts(java.util.function.LongSupplier clock) {
        this.clock = clock;
    }

    /** How many milliseconds the client must still wait before a key of his is checked; 0: now. */
    synchronized long waiting(String client) {
        State s = clients.get(client);
        if (s == null) {
            return 0;
        }
        long now = clock.getAsLong();
        if (now - s.last > FORGET_MS) {
            clients.remove(client);
            return 0;
        }
        return Math.max(0, s.until() - now);
    }

    synchronized void wrong(String client) {
        State s = clients.get(client);
        clients.put(client, new State(s == null ? 1 : s.wrong + 1, clock.getAsLong()));
        while (clients.size() > MAX_CLIENTS) {
            clients.remove(clients.keySet().iterator().next());
        }
    }

}
