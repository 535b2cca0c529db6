package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanca.bytecode.Marshal;
import org.sanca.compiler.Compiler;
import org.sanca.objects.PyCode;
import org.sanca.parser.Parser;

/**
 * Running .pyc files that CPython 3.11's py_compile wrote (python3 on the PATH): Sanca's in-process
 * runner prints what `python3 x.pyc` prints, with the same stderr and exit status, for a good
 * file, one recognised by its magic number only, a hash-based one, and broken ones; and a .pyc
 * Sanca writes ({@link Marshal#timestampPyc}) runs in python3 as in Sanca.
 */
class PycTest {
    private static Path tmp;

    private static final String PROGRAM = """
            import sys
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            class Point:
                def __init__(self, x, y):
                    self.x, self.y = x, y
                def __repr__(self):
                    return f'Point({self.x!r}, {self.y!r})'
            def gen(n):
                for i in range(n):
                    yield i * i
            try:
                {}['missing']
            except KeyError as e:
                caught = repr(e)
            print(__name__, __file__, __cached__, __doc__, sys.argv)
            print(sys.path[0] == __file__.rsplit('/', 1)[0])
            print(fib(15), Point(1, 'a'), list(gen(5)), caught, 1 in {1, 2}, 2 ** 70, -0.5j)
            print([c.co_name for c in fib.__code__.co_consts if hasattr(c, 'co_name')], fib.__code__.co_varnames)
            raise SystemExit(3)
            """;

    @BeforeAll
    static void start() throws IOException {
        tmp = Files.createTempDirectory("sanca-pyc");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (tmp == null) return;
        try (Stream<Path> s = Files.walk(tmp)) {
            for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) Files.deleteIfExists(p);
        }
    }

    /** python3's stdout, stderr and status for args, or null when python3 3.11 cannot be run. */
    private static ProgramsTest.Run python(String... args) {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(Arrays.asList(args));
        try {
            Process p = new ProcessBuilder(cmd).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            return new ProgramsTest.Run(out, err, p.waitFor());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Compiles PROGRAM into a .pyc with python3's py_compile (mode: an invalidation mode name). */
    private static Path compile(String name, String mode) throws IOException {
        Path src = tmp.resolve("prog.py");
        Files.writeString(src, PROGRAM);
        Path pyc = tmp.resolve(name);
        ProgramsTest.Run r = python("-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], "
            + "doraise=True, invalidation_mode=py_compile.PycInvalidationMode." + mode + ")", src.toString(), pyc.toString());
        assumeTrue(r != null && r.status() == 0, "needs python3 3.11 on the PATH to write .pyc files");
        return pyc;
    }

    private static void assertSameRun(Path file, String... extra) {
        List<String> args = new ArrayList<>(List.of(file.toString()));
        args.addAll(Arrays.asList(extra));
        ProgramsTest.Run want = python(args.toArray(new String[0]));
        assumeTrue(want != null, "needs python3 on the PATH");
        ProgramsTest.Run got = ProgramsTest.run("", args.toArray(new String[0]));
        assertEquals(want, got, "running " + file.getFileName());
    }

    @Test
    void runsTimestampPyc() throws IOException {
        assertSameRun(compile("prog.pyc", "TIMESTAMP"), "one", "two");
    }

    @Test
    void runsHashBasedPyc() throws IOException {
        assertSameRun(compile("hashed.pyc", "CHECKED_HASH"));
    }

    @Test
    void recognisesMagicWithoutExtension() throws IOException {
        Path pyc = compile("magic.pyc", "TIMESTAMP");
        Path other = Files.copy(pyc, tmp.resolve("prog.bin"));
        assertSameRun(other);
    }

    @Test
    void sancaWrittenPycRunsInPython() throws IOException {
        Path src = tmp.resolve("own.py");
        Files.writeString(src, PROGRAM);
        String name = src.toString();
        PyCode code = Compiler.compile(Parser.parse(PROGRAM, name, Parser.Mode.FILE), name, Compiler.Mode.EXEC, 0, 0);
        byte[] pyc = Marshal.timestampPyc(code, 1_700_000_000L, PROGRAM.length());
        Marshal.PycHeader header = Marshal.pycHeader(pyc);
        assertTrue(header.matchesSource(1_700_000_000L, PROGRAM.length()) && !header.matchesSource(1, PROGRAM.length()));
        assertSameRun(Files.write(tmp.resolve("own.pyc"), pyc), "x");
    }

    @Test
    void brokenFiles() throws IOException {
        byte[] good = Files.readAllBytes(compile("good.pyc", "TIMESTAMP"));
        byte[][] broken = {
            "not a pyc file".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(good, 2), Arrays.copyOf(good, 4),
            Arrays.copyOf(good, 12), Arrays.copyOf(good, 16), Arrays.copyOf(good, 40), Arrays.copyOf(good, 17),
        };
        for (int i = 0; i < broken.length; i++) {
            Path p = tmp.resolve("broken" + i + ".pyc");
            Files.write(p, broken[i]);
            assertSameRun(p);
        }
        byte[] none = Arrays.copyOf(good, 17);
        none[16] = 'N';
        assertSameRun(Files.write(tmp.resolve("none.pyc"), none));
    }
}
