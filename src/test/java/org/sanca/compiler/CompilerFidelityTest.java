package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanca.ast.ModTy;

/**
 * Compiles committed ASTs (made by astser.py from CPython's ast.parse) and compares every code
 * object with the committed output of /work/shared/tools/codedump.py under CPython 3.11.
 */
class CompilerFidelityTest {
    static final Path RES = Path.of("src/test/resources/compiler");

    static String dump(Path ast, String filename) throws IOException {
        ModTy mod = (ModTy) AstReader.read(Files.readString(ast));
        return "### " + filename + "\n" + CodeDump.dump(Compiler.compile(mod, filename, Compiler.Mode.EXEC, 0, 0)) + "\n";
    }

    private static List<DynamicTest> cases(String dir, String sourceDir) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(RES.resolve(dir))) {
            for (Path ast : s.filter(p -> p.toString().endsWith(".ast")).sorted().toList()) {
                String base = ast.getFileName().toString().replace(".ast", "");
                Path expected = ast.resolveSibling(base + ".code");
                tests.add(DynamicTest.dynamicTest(base, () -> {
                    String want = Files.readString(expected);
                    String got = dump(ast, sourceDir + "/" + base + ".py");
                    String diff = Fidelity.firstDiff(want, got);
                    assertEquals(null, diff, base + " differs from CPython at " + diff);
                }));
            }
        }
        assertFalse(tests.isEmpty(), "no cases in " + dir);
        return tests;
    }

    @TestFactory
    List<DynamicTest> snippets() throws IOException {
        return cases("snippets", "src/test/resources/compiler/snippets");
    }

    @TestFactory
    List<DynamicTest> seeds() throws IOException {
        return cases("seeds", "tests/python/seeds");
    }
}
