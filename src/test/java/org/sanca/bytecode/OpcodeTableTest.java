package org.sanca.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.sanca.tools.GenOpcode;

/** Checks the generated opcode table against CPython 3.11's Lib/opcode.py. */
class OpcodeTableTest {
    @Test
    void committedTableEqualsGeneratorOutput() throws Exception {
        assumeTrue(Files.exists(GenOpcode.OPCODE_PY), GenOpcode.OPCODE_PY + " not found: cannot regenerate Opcode.java");
        String expected = GenOpcode.generate(Files.readString(GenOpcode.OPCODE_PY));
        assertEquals(expected, Files.readString(GenOpcode.OUT),
                "Opcode.java is stale: run java src/test/java/org/sanca/tools/GenOpcode.java");
    }

    @Test
    void numbersAndTablesMatchCPython() {
        // Values from python3.11: dis._all_opmap, opcode._inline_cache_entries, opcode.hasjrel
        assertEquals(100, Opcode.LOAD_CONST);
        assertEquals(90, Opcode.HAVE_ARGUMENT);
        assertEquals(180, Opcode.UNPACK_SEQUENCE_TWO_TUPLE);
        assertEquals(Opcode.LOAD_GLOBAL, Opcode.DEOPT[Opcode.LOAD_GLOBAL_ADAPTIVE]);
        assertEquals(5, Opcode.CACHE_ENTRIES[Opcode.LOAD_GLOBAL]);
        assertEquals(10, Opcode.CACHE_ENTRIES[Opcode.LOAD_METHOD]);
        assertEquals(0, Opcode.CACHE_ENTRIES[Opcode.LOAD_FAST]);
        assertTrue(Opcode.hasJrel(Opcode.JUMP_BACKWARD));
        assertFalse(Opcode.hasJrel(Opcode.LOAD_CONST));
        assertTrue(Opcode.hasFree(Opcode.LOAD_CLASSDEREF));
        assertEquals("**=", Opcode.NB_OP_SYMBOLS[Opcode.NB_INPLACE_POWER]);
        assertEquals(">=", Opcode.CMP_OP[5]);
    }
}
