package org.sanca.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The generated Unicode 14 property tables: spot checks from python3, and the generator's output is current. */
class UnicodeTablesTest {
    static String repr(String s) {
        return Abstract.repr(PyStr.of(s)).asString();
    }

    static boolean pred(String s, String method) {
        return Abstract.callMethod(PyStr.of(s), method) == Py.True;
    }

    @Test
    void propertiesAsCPython311() {
        assertEquals("'\\U0001fae8'", repr(new String(Character.toChars(0x1FAE8))));
        assertEquals("'\uD83D\uDE00'", repr("\uD83D\uDE00"));
        assertEquals(true, pred("\u00b2", "isdigit"));
        assertEquals(false, pred("\u00b2", "isdecimal"));
        assertEquals(true, pred("\u216b", "isnumeric"));
        assertEquals(true, pred("\u01c5", "istitle"));
        assertEquals(false, pred("\u01c5", "isupper"));
        assertEquals(true, pred("\u0663", "isdecimal"));
        assertEquals(false, pred("1x", "isidentifier"));
        assertEquals(true, pred("x\u00b7", "isidentifier"));
        assertEquals("'\u03c3\u03bf\u03c2'", Abstract.repr(Abstract.callMethod(PyStr.of("\u03a3\u039f\u03a3"), "lower")).asString());
    }

    @Test
    void generatedFileIsCurrent() throws Exception {
        Path gen = Path.of("src/test/resources/gen_unicode_tables.py");
        assumeTrue(Files.exists(gen), "run from the repository root");
        Process p;
        try {
            p = new ProcessBuilder("python3", gen.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 is not available");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor() == 0 && out.contains("Unicode 14.0.0"), "python3 is not CPython 3.11");
        assertEquals(Files.readString(Path.of("src/main/java/org/sanca/objects/UnicodeTables.java")), out);
    }
}
