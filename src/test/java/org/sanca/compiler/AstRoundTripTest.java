package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sanca.ast.ModTy;
import org.sanca.modules.AstConverter;
import org.sanca.objects.PyObject;
import org.sanca.parser.Parser;
import org.sanca.parser.SyntaxErrorException;

/**
 * compile() of an AST object: for every file of CPython's standard library, the tree that
 * compile(source, PyCF_ONLY_AST) gives, turned back into Java nodes (obj2ast), validated and
 * compiled, must give the code objects compile(source) gives. Every third file by default,
 * all of them with -Dsanca.roundtrip.all=true.
 */
class AstRoundTripTest {
    /** The standard library of the python3 on PATH (or -Dsanca.stdlib), null if there is none. */
    static Path stdlib() throws IOException, InterruptedException {
        String dir = System.getProperty("sanca.stdlib");
        if (dir == null) {
            Process p = new ProcessBuilder("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
                .redirectErrorStream(true).start();
            dir = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() != 0) {
                return null;
            }
        }
        Path lib = Path.of(dir);
        return Files.isDirectory(lib) ? lib : null;
    }

    @Test
    void stdlibTreesCompileBackToTheSameCode() throws IOException, InterruptedException {
        Path lib = stdlib();
        Assumptions.assumeTrue(lib != null, "no python3 standard library");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(lib)) {
            files = walk.filter(p -> p.toString().endsWith(".py") && !lib.relativize(p).startsWith("site-packages"))
                .sorted().toList();
        }
        int step = Boolean.getBoolean("sanca.roundtrip.all") ? 1 : 3;
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < files.size(); i += step) {
            sample.add(files.get(i));
        }
        files = sample;
        int compared = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String name = lib.relativize(file).toString();
            String want;
            try {
                want = CodeDump.dump(Compiler.compile(Parser.parse(Files.readAllBytes(file), name, Parser.Mode.FILE),
                    name, Compiler.Mode.EXEC, 0, 0));
            } catch (SyntaxErrorException e) {
                continue; // CPython rejects these too (lib2to3's and test's bad samples)
            }
            AstConverter conv = new AstConverter();
            PyObject tree = conv.toPython(Parser.parse(Files.readAllBytes(file), name, Parser.Mode.FILE));
            ModTy back = (ModTy) conv.toJava(tree, "mod");
            AstValidator.validate(back, CompileRecursionError.Budget.DEFAULT);
            String got = CodeDump.dump(Compiler.compile(back, name, Compiler.Mode.EXEC, 0, 0));
            compared++;
            if (!want.equals(got)) {
                failures.add(name + " at " + Fidelity.firstDiff(want, got));
            }
        }
        System.out.printf("AST round trip: %d/%d stdlib files give the same code%n", compared - failures.size(), compared);
        assertTrue(compared * step > 1500, "only " + compared + " files compared");
        assertEquals(List.of(), failures);
    }
}
