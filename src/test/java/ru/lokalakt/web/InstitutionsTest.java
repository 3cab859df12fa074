package ru.lokalakt.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office's registry on disk: what a restarted server reads back, with nothing but hashes of keys and links. */
class InstitutionsTest {
    @TempDir
    Path data;

    @Test
    void aRestartedServerKnowsTheSameKeysLinksAndRevocations() throws Exception {
        Institutions first = Institutions.in(data);
        assertFalse(first.hasOfficeKeys());
        String office = first.newOfficeKey();
        String a = first.add("shkola-1", "Школа № 1");
        String b = first.add("sad-2", "Детский сад № 2");
        String b2 = first.reissue("sad-2");
        assertTrue(first.revoke("shkola-1"));
        assertThrows(IllegalArgumentException.class, () -> first.add("sad-2", "ещё раз"));
        assertThrows(IllegalArgumentException.class, () -> first.add("../x", "путь"));
        assertEquals(43, a.length());
        assertTrue(a.matches("[A-Za-z0-9_-]+"), a);

        Institutions again = Institutions.in(data);
        assertTrue(again.office(office));
        assertFalse(again.office(a));
        assertNull(again.institution(a), "revoked");
        assertNull(again.institution(b), "reissued: the old link no longer opens");
        assertEquals("sad-2", again.institution(b2));
        assertEquals("Детский сад № 2", again.get("sad-2").title());
        assertFalse(again.get("shkola-1").active());
        assertEquals(2, again.list().size());
        String files = Files.readString(data.resolve(".office/keys.tsv")) + Files.readString(data.resolve(".office/institutions.tsv"));
        for (String secret : new String[]{office, a, b, b2}) {
            assertFalse(files.contains(secret), "only hashes are kept");
        }
        assertTrue(files.contains(Institutions.hash(b2)));
        assertNull(again.reissue("nobody"));
        assertFalse(again.revoke("nobody"));
    }
}
