package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanca.ast.ModTy;
import org.sanca.parser.Parser;

/**
 * The whole front end: source text through Sanca's parser and compiler gives CPython 3.11's
 * code objects for the seed programs and the compiler snippets.
 */
class CompilerWithParserTest {
    @TestFactory
    List<DynamicTest> sourceToCode() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        try (var s = Files.list(Path.of("tests/python/seeds"))) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(sources::add);
        }
        try (var s = Files.list(CompilerFidelityTest.RES.resolve("snippets"))) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(sources::add);
        }
        for (Path src : sources) {
            String base = src.getFileName().toString().replace(".py", "");
            String dir = src.getParent().endsWith("seeds") ? "seeds" : "snippets";
            Path expected = CompilerFidelityTest.RES.resolve(dir).resolve(base + ".code");
            tests.add(DynamicTest.dynamicTest(dir + "/" + base, () -> {
                ModTy mod = Parser.parse(Files.readAllBytes(src), src.toString(), Parser.Mode.FILE);
                String got = "### " + src + "\n" + CodeDump.dump(Compiler.compile(mod, src.toString(), Compiler.Mode.EXEC, 0, 0)) + "\n";
                assertEquals(null, Fidelity.firstDiff(Files.readString(expected), got), base);
            }));
        }
        return tests;
    }
}
