package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every tests/python/**&#47;*.py through the interpreter in this JVM and compares its stdout
 * with the committed .out (CPython 3.11's output); where a .err or .status file exists, stderr
 * and the exit status are compared too. A .args file holds extra command-line arguments (one
 * per line); a .in file is fed to stdin. Programs run from the repository root with their
 * relative path, as `python3 tests/python/area/name.py` does; since CPython makes the script's
 * path absolute in tracebacks, the repository root's absolute path followed by '/' is removed
 * from stderr before it is compared, so .err files hold paths relative to the root.
 */
class ProgramsTest {
    static final Path ROOT = Path.of("tests/python");
    /** A program that loops forever fails instead of stopping the suite. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The result of one in-process run. */
    record Run(String stdout, String stderr, int status) {}

    /** Runs the command line {@code args} in-process with {@code stdin} and returns what it printed. */
    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("PYTHONWARNINGS");
        int status;
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8)) {
            status = Main.run("python3", args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                o, e, env);
        }
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".py"))
                .filter(p -> Files.exists(sibling(p, ".out")))
                .sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(),
            () -> assertTimeoutPreemptively(TIMEOUT, () -> check(p), p + " did not finish in " + TIMEOUT)));
    }

    private static Path sibling(Path py, String suffix) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - 3) + suffix);
    }

    private static String readIfExists(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : null;
    }

    private static void check(Path py) throws IOException {
        List<String> args = new ArrayList<>();
        args.add(py.toString());
        String extra = readIfExists(sibling(py, ".args"));
        if (extra != null) {
            extra.lines().filter(l -> !l.isEmpty()).forEach(args::add);
        }
        String stdin = readIfExists(sibling(py, ".in"));
        Run run = run(stdin == null ? "" : stdin, args.toArray(String[]::new));
        String expectedErr = readIfExists(sibling(py, ".err"));
        String expectedStatus = readIfExists(sibling(py, ".status"));
        String stderrNote = expectedErr == null && !run.stderr().isEmpty() ? "\nstderr:\n" + run.stderr() : "";
        assertEquals(Files.readString(sibling(py, ".out")), run.stdout(), "stdout of " + py + stderrNote);
        if (expectedErr != null) {
            String root = Path.of("").toAbsolutePath() + "/";
            assertEquals(expectedErr, run.stderr().replace(root, ""), "stderr of " + py);
        }
        int status = expectedStatus == null ? 0 : Integer.parseInt(expectedStatus.strip());
        assertEquals(status, run.status(), "exit status of " + py + stderrNote);
    }
}
