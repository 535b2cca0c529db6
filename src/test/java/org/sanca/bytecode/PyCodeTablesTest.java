package org.sanca.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyObject;

/**
 * PyCode's decoding of the 3.11 location and exception tables, against what CPython's
 * co_positions() and dis._parse_exception_table() report for the same code objects
 * (src/test/resources/compiler/positions.txt, made with python3).
 */
class PyCodeTablesTest {
    private static void walk(PyCode c, List<PyCode> out) {
        out.add(c);
        for (PyObject k : c.getConsts()) {
            if (k instanceof PyCode cc) walk(cc, out);
        }
    }

    @Test
    void positionsAndExceptionEntriesMatchCPython() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/compiler/positions.txt"));
        List<PyCode> codes = new ArrayList<>();
        for (String name : List.of("control", "functions")) {
            walk(TestCompile.snippet(name), codes);
        }
        int k = 0;
        for (int i = 0; i < lines.size(); i += 3, k++) {
            PyCode c = codes.get(k);
            assertEquals(lines.get(i).split(" ", 3)[2], c.getQualname());
            StringBuilder pos = new StringBuilder("positions");
            for (PyCode.Position p : c.positions()) {
                pos.append(' ').append(p.line()).append(',').append(p.endLine()).append(',').append(p.col()).append(',').append(p.endCol());
            }
            assertEquals(lines.get(i + 1), pos.toString(), c.getQualname());
            StringBuilder ex = new StringBuilder("exceptions");
            for (PyCode.ExceptionEntry e : c.exceptionEntries()) {
                ex.append(' ').append(e.start()).append(',').append(e.end()).append(',').append(e.target()).append(',')
                        .append(e.depth()).append(',').append(e.lasti() ? 1 : 0);
            }
            assertEquals(lines.get(i + 2), ex.toString(), c.getQualname());
        }
        assertEquals(codes.size(), k);
    }

    @Test
    void addrToLineFollowsTheLocationTable() throws Exception {
        PyCode c = TestCompile.snippet("control");
        assertEquals(0, c.addrToLine(0));
        PyCode.Position[] ps = c.positions();
        assertEquals(ps[ps.length - 1].line(), c.addrToLine(ps.length - 1));
        assertEquals(-1, c.addrToLine(ps.length));
    }
}
