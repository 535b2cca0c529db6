package org.sanca.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanca.compiler.Compiler;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyObject;
import org.sanca.parser.Parser;
import org.sanca.runtime.StdlibLocator;

/**
 * Jit compiles every code object of a sample of the standard library: each makes a class the
 * JVM verifies and loads, so a code shape the compiler mishandles (stack depths, handlers,
 * instructions) fails here rather than silently staying in the eval loop. (The whole library,
 * -Djit.files=1: 77,619 of its 77,620 code objects compile; html/entities.py's module, one dict
 * display of 2,231 entries, would exceed the JVM's 64 KB method limit.)
 */
class JitTest {
    /** Code this long cannot fit the JVM's 64 KB method limit once compiled; it stays in the eval loop. */
    private static final int MAX_CODE_BYTES = 12_000;

    /** Every how-many-th stdlib file to compile (all of them with -Djit.files=1). */
    private static final int EVERY = Integer.getInteger("jit.files", 15);

    @Test
    void everyCodeObjectOfTheSampleCompiles() throws IOException {
        boolean huge = Jit.hugeMethodsCompile;
        Jit.hugeMethodsCompile = true; // as bin/sanca runs it; otherwise huge code is left to the eval loop
        try {
            compileSample();
        } finally {
            Jit.hugeMethodsCompile = huge;
        }
    }

    private void compileSample() throws IOException {
        Path lib = StdlibLocator.find(System.getenv(), false);
        List<Path> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages")
                    && !p.toString().contains("lib2to3/tests/data") && !p.toString().contains("test/bad")
                    && !p.toString().contains("badsyntax")).sorted().toList();
        }
        int codes = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i += EVERY) {
            PyCode module;
            try {
                byte[] src = Files.readAllBytes(files.get(i));
                module = Compiler.compile(Parser.parse(src, files.get(i).toString(), Parser.Mode.FILE),
                        files.get(i).toString(), Compiler.Mode.EXEC, 0, 0);
            } catch (RuntimeException e) {
                continue; // sources CPython cannot compile either (encodings, syntax tests)
            }
            for (PyCode c : withNested(module, new ArrayList<>())) {
                if (c.codeUnits().length > MAX_CODE_BYTES) continue;
                codes++;
                if (Jit.compile(ExecCode.of(c)) == null) failures.add(c.getFilename() + ":" + c.getFirstlineno() + " " + c.getName());
            }
        }
        assertEquals(List.of(), failures, "code objects that did not compile, of " + codes);
    }

    private static List<PyCode> withNested(PyCode c, List<PyCode> out) {
        out.add(c);
        for (PyObject k : c.getConsts()) {
            if (k instanceof PyCode n) withNested(n, out);
        }
        return out;
    }
}
