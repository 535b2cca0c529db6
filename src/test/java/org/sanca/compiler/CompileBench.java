package org.sanca.compiler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sanca.ast.ModTy;
import org.sanca.parser.Parser;

/**
 * Times Sanca's parser and compiler over the standard library (second pass, after JIT warm-up).
 * Run: java -cp target/classes:target/test-classes org.sanca.compiler.CompileBench [DIR]
 */
public final class CompileBench {
    private CompileBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Fidelity.STDLIB;
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(f -> f.toString().endsWith(".py") && !f.toString().contains("site-packages")).sorted().forEach(files::add);
        }
        List<byte[]> sources = new ArrayList<>();
        for (Path f : files) sources.add(Files.readAllBytes(f));
        for (int pass = 1; pass <= 2; pass++) {
            long parse = 0, compile = 0;
            int ok = 0;
            for (int i = 0; i < files.size(); i++) {
                long t0 = System.nanoTime();
                ModTy mod;
                try {
                    mod = Parser.parse(sources.get(i), files.get(i).toString(), Parser.Mode.FILE);
                } catch (RuntimeException e) {
                    continue;
                }
                long t1 = System.nanoTime();
                try {
                    Compiler.compile(mod, files.get(i).toString(), Compiler.Mode.EXEC, 0, 0);
                    ok++;
                } catch (RuntimeException e) {
                    // SyntaxError files of the test suite
                }
                long t2 = System.nanoTime();
                parse += t1 - t0;
                compile += t2 - t1;
            }
            System.out.printf("pass %d: %d files compiled, parse %.2f s, compile %.2f s%n", pass, ok, parse / 1e9, compile / 1e9);
        }
    }
}
