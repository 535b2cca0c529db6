package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Garbage never breaks the parser: for each of the first N inputs of {@link FuzzInputs} (seed 1),
 * Parser.parse returns an AST or raises SyntaxErrorException (or TooDeeplyNested, CPython's
 * MemoryError) — never another Java exception — within 1 s, and the outcome class equals
 * CPython 3.11's for compile(input, "&lt;fuzz&gt;", "exec", PyCF_ONLY_AST), committed in
 * src/test/resources/parser/fuzz_outcomes.txt (one class per input; 20,000 inputs). An AST too
 * deep to become Python objects is RecursionError, as ast2obj's check gives it for a compile()
 * called from module level under the default recursion limit.
 *
 * <p>CI runs N = 3,000. The full run of all 20,000:
 * <pre>JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -q -o test -Dtest=ParserFuzzTest -Dsanca.fuzz.count=20000</pre>
 * Regenerating the expectations (python3 on the PATH), or comparing against a live python3 with
 * messages and positions too ("compare N"), after {@code mvn -o test-compile}:
 * <pre>java -cp target/classes:target/test-classes org.sanca.parser.ParserFuzzTest write 20000
 * java -cp target/classes:target/test-classes org.sanca.parser.ParserFuzzTest compare 20000</pre>
 */
class ParserFuzzTest {
    static final long SEED = 1;
    static final String EXPECTED = "src/test/resources/parser/fuzz_outcomes.txt";
    static final long LIMIT_NANOS = 1_000_000_000L;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** What Sanca's front end does with the input: a class name, or "JAVA ..." for a Java exception. */
    static String outcome(byte[] input) {
        return describe(input, false);
    }

    /** The outcome; with detail, SyntaxError's msg and position follow the class. */
    static String describe(byte[] input, boolean detail) {
        try {
            Object mod = Parser.parse(input, "<fuzz>", Parser.Mode.FILE);
            return AST_START + nodeDepth(mod) > AST_LIMIT ? "RecursionError" : "OK";
        } catch (SyntaxErrorException e) {
            boolean located = detail && !e.kind.equals("UnicodeDecodeError");
            return located ? e.kind + " " + e.msg + " " + pos(e.lineno) + " " + pos(e.offset) : e.kind;
        } catch (Parser.TooDeeplyNested e) {
            return "MemoryError";
        } catch (Throwable e) {
            return "JAVA " + e;
        }
    }

    /**
     * ast2obj's count starts at the caller's depth and stops at the limit (1000), times 3; at
     * module level, CPython's depth is 2: the module's frame and the eval loop's entry.
     */
    static final int AST_START = 6, AST_LIMIT = 3000;

    /** The nodes on the longest path from node down (what ast2obj's recursion counts). */
    static int nodeDepth(Object v) {
        int max = 0;
        if (v instanceof org.sanca.ast.Node n) {
            for (int i = 0; i < n.fields().length; i++) {
                max = Math.max(max, nodeDepth(n.getField(i)));
            }
            return max + 1;
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                max = Math.max(max, nodeDepth(o));
            }
        }
        return max;
    }

    private static String pos(int v) {
        return v == SyntaxErrorException.NONE ? "None" : Integer.toString(v);
    }

    @Test
    void garbageGivesCPythonsOutcomeClassQuickly() throws IOException {
        Assumptions.assumeTrue(FuzzInputs.available(), "needs CPython 3.11's standard library at " + FuzzInputs.STDLIB);
        int count = Integer.getInteger("sanca.fuzz.count", 3000);
        List<String> expected = Files.readAllLines(Path.of(EXPECTED));
        FuzzInputs inputs = new FuzzInputs(SEED);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> classes = new TreeMap<>();
        long slowest = 0;
        for (int i = 0; i < count; i++) {
            byte[] input = inputs.get(i);
            // this thread's CPU time, not wall time: a loaded machine must not fail the test
            long t0 = CPU.getCurrentThreadCpuTime();
            String got = outcome(input);
            long took = CPU.getCurrentThreadCpuTime() - t0;
            classes.merge(got, 1, Integer::sum);
            slowest = Math.max(slowest, took);
            if (got.startsWith("JAVA ") || took > LIMIT_NANOS) {
                problems.add(i + ": " + got + " in " + took / 1_000_000 + " ms");
            } else if (i < expected.size() && !expected.get(i).equals(got)) {
                problems.add(i + ": CPython " + expected.get(i) + ", Sanca " + got);
            }
        }
        System.out.println("fuzz: " + count + " inputs, Sanca's outcomes " + classes
            + "; slowest input " + slowest / 1_000_000 + " ms");
        assertEquals("", String.join("\n", problems));
    }

    /** CPython's outcome for each input read from stdin as "length\n" + bytes; "detail" adds msg and position. */
    static final String PYTHON = String.join("\n",
        "import ast, sys",
        "detail = sys.argv[1] == 'detail'",
        "inp = sys.stdin.buffer",
        "while True:",
        "    line = inp.readline()",
        "    if not line: break",
        "    data = inp.read(int(line))",
        "    try:",
        "        compile(data, '<fuzz>', 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)",
        "        r = 'OK'",
        "    except SyntaxError as e:",
        "        r = type(e).__name__ + (' %s %s %s' % (e.msg, e.lineno, e.offset) if detail else '')",
        "    except (ValueError, MemoryError, RecursionError) as e:",
        "        r = type(e).__name__",
        "    print(r.replace('\\n', '\\\\n'), flush=True)",
        "");

    /** CPython's outcomes for inputs 0..count-1, from one python3 process. */
    static List<String> cpython(FuzzInputs inputs, int count, boolean detail) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-W", "ignore", "-c", PYTHON, detail ? "detail" : "class")
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = new Thread(() -> {
            try (OutputStream out = p.getOutputStream()) {
                for (int i = 0; i < count; i++) {
                    byte[] in = inputs.get(i);
                    out.write((in.length + "\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        feeder.start();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
        }
        feeder.join();
        p.waitFor();
        return out;
    }

    /** "write N": regenerates the expectations; "compare N": class and detail agreement with a live python3. */
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        FuzzInputs inputs = new FuzzInputs(SEED);
        boolean write = args[0].equals("write");
        List<String> want = cpython(inputs, count, !write);
        if (write) {
            Files.write(Path.of(EXPECTED), want);
            System.out.println(want.size() + " outcomes written to " + EXPECTED);
            return;
        }
        int classOk = 0;
        int detailOk = 0;
        Map<String, Integer> classes = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String got = describe(inputs.get(i), true).replace("\n", "\\n");
            String wantClass = want.get(i).split(" ", 2)[0];
            classes.merge(wantClass, 1, Integer::sum);
            if (got.split(" ", 2)[0].equals(wantClass)) {
                classOk++;
            } else {
                System.out.println(i + " CLASS want " + want.get(i) + "\n   got " + got);
            }
            if (got.equals(want.get(i))) {
                detailOk++;
            } else if (args.length > 2) {
                System.out.println(i + " DETAIL want " + want.get(i) + "\n   got " + got);
            }
        }
        System.out.println(count + " inputs, CPython outcomes " + classes + "; class matches " + classOk
            + ", msg and position matches " + detailOk);
    }
}
