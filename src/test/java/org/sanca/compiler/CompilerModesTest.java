package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanca.ast.ModTy;

/**
 * compile()'s modes (exec, eval, single) and optimisation levels (-O drops asserts and sets
 * __debug__ false, -OO also drops docstrings) and top-level await (flags 8192 =
 * PyCF_ALLOW_TOP_LEVEL_AWAIT), against CPython's compile() with the same arguments.
 */
class CompilerModesTest {
    @ParameterizedTest
    @CsvSource({"optimized, exec, 1, EXEC, 0", "optimized, exec, 2, EXEC, 0", "expr, eval, 0, EVAL, 0",
        "single, single, 0, SINGLE, 0", "toplevel_await, exec, 0, EXEC, 8192"})
    void matchesCPython(String name, String mode, int optimize, Compiler.Mode m, int flags) throws Exception {
        Path dir = CompilerFidelityTest.RES.resolve("modes");
        ModTy mod = (ModTy) AstReader.read(Files.readString(dir.resolve(name + "-" + mode + ".ast")));
        String filename = "src/test/resources/compiler/modes/" + name + ".py";
        String got = CodeDump.dump(Compiler.compile(mod, filename, m, flags, optimize)) + "\n";
        String want = Files.readString(dir.resolve(name + "-" + mode + "-" + optimize + ".code"));
        assertEquals(null, Fidelity.firstDiff(want, got));
    }
}
