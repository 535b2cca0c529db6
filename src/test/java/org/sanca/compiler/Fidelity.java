package org.sanca.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sanca.ast.ModTy;
import org.sanca.objects.PyCode;
import org.sanca.parser.SyntaxErrorException;

/**
 * Compares Sanca's compiler with CPython's on source files: the AST comes from CPython
 * (src/test/resources/compiler/astser.py), the reference dump from /work/shared/tools/codedump.py.
 * Run: java -cp target/classes:target/test-classes org.sanca.compiler.Fidelity [FILE|DIR...]
 * (default: the standard library) and it reports "N/M stdlib files identical";
 * with --parser the AST comes from Sanca's own parser instead, with --optimize=N both compile at -O/-OO.
 */
public final class Fidelity {
    static final Path ASTSER = Path.of("src/test/resources/compiler/astser.py");
    static final Path CODEDUMP = Path.of("/work/shared/tools/codedump.py");
    static final Path STDLIB = Path.of("/root/.pyenv/versions/3.11.7/lib/python3.11");

    private Fidelity() {}

    static final Path CODEDUMP_OPT = Path.of("src/test/resources/compiler/codedump_opt.py");
    /** The optimisation level (option --optimize=N; 0 by default). */
    static int optimize;

    static String reference(Path file) throws IOException, InterruptedException {
        if (optimize == 0) return python(CODEDUMP, file);
        Process p = new ProcessBuilder("python3", CODEDUMP_OPT.toString(), Integer.toString(optimize), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static String python(Path script, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", script.toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** Whether to parse with Sanca's own parser instead of CPython's ast module (option --parser). */
    static boolean ownParser;

    /** Sanca's dump of file, in codedump.py's format (null when the AST could not be made). */
    static String sancaDump(Path file) throws IOException, InterruptedException {
        ModTy mod;
        if (ownParser) {
            try {
                mod = org.sanca.parser.Parser.parse(Files.readAllBytes(file), file.toString(), org.sanca.parser.Parser.Mode.FILE);
            } catch (SyntaxErrorException e) {
                return "### " + file + "\nSyntaxError: " + e.msg + " (" + e.lineno + ", " + e.offset + ")\n";
            }
        } else {
            String ser = python(ASTSER, file);
            if (ser.startsWith("ERR") || ser.isBlank()) return null;
            mod = (ModTy) AstReader.read(ser);
        }
        StringBuilder b = new StringBuilder("### " + file + "\n");
        try {
            PyCode code = Compiler.compile(mod, file.toString(), Compiler.Mode.EXEC, 0, optimize);
            b.append(CodeDump.dump(code)).append('\n');
        } catch (SyntaxErrorException e) {
            b.append("SyntaxError: ").append(e.msg).append(" (").append(e.lineno).append(", ").append(e.offset).append(")\n");
        }
        return b.toString();
    }

    /** The first differing line, or null when identical. */
    static String firstDiff(String expected, String actual) {
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<eof>", y = i < a.length ? a[i] : "<eof>";
            if (!x.equals(y)) return "line " + (i + 1) + "\n  cpython: " + x + "\n  sanca:   " + y;
        }
        return null;
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of(args));
        ownParser = paths.remove("--parser");
        for (String a : List.copyOf(paths)) {
            if (a.startsWith("--optimize=")) {
                optimize = Integer.parseInt(a.substring(11));
                paths.remove(a);
            }
        }
        if (paths.isEmpty()) paths.add(STDLIB.toString());
        for (String a : paths) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".py") && !f.toString().contains("site-packages"))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        int same = 0, total = 0;
        boolean verbose = files.size() <= 20;
        for (Path f : files) {
            String expected = reference(f);
            total++;
            String actual;
            try {
                actual = sancaDump(f);
            } catch (RuntimeException e) {
                System.out.println("FAIL " + f + ": " + e);
                if (verbose) e.printStackTrace(System.out);
                continue;
            }
            if (actual == null) {
                total--;
                continue;
            }
            String d = firstDiff(expected, actual);
            if (d == null) same++;
            else System.out.println("DIFF " + f + " " + d);
            if (verbose && d != null) System.out.println();
        }
        System.out.println(same + "/" + total + " stdlib files identical");
    }
}
