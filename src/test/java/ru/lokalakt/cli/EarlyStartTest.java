package ru.lokalakt.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EarlyStartTest {
    @Test
    void docxIsPreparedUnlessTheFormatsLeaveItOut() {
        assertTrue(EarlyStart.wantsDocx(List.of("generate", "p.yaml")));
        assertTrue(EarlyStart.wantsDocx(List.of("batch", "dir", "--format", "pdf,docx")));
        assertTrue(EarlyStart.wantsDocx(List.of("generate", "p.yaml", "--format=docx")));
        assertFalse(EarlyStart.wantsDocx(List.of("generate", "p.yaml", "--format", "pdf")));
        assertFalse(EarlyStart.wantsDocx(List.of("batch", "dir", "--format=pdf")));
    }
}
