package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.sanca.objects.PyHash;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every tests/python/**&#47;*.py through the interpreter in this JVM and compares its stdout
 * with the committed .out (CPython 3.11's output); where a .err or .status file exists, stderr
 * and the exit status are compared too. A .args file holds extra command-line arguments (one
 * per line); a .in file is fed to stdin. Programs run from the repository root with their
 * relative path, as `python3 tests/python/area/name.py` does; since CPython makes the script's
 * path absolute in tracebacks, the repository root's absolute path followed by '/' is removed
 * from stderr before it is compared, so .err files hold paths relative to the root.
 *
 * <p>A .env file holds KEY=VALUE lines (blank lines and lines starting with '#' ignored) added to the
 * run's environment, e.g. PYTHONHASHSEED=0 to pin the str and bytes hash key so that the order of sets
 * of strings can be compared with CPython's. That key is fixed once per JVM (cached str hashes depend on
 * it), so a program whose .env asks for a seed other than the one this JVM hashes with runs in a child
 * JVM on the same class path instead of in-process.
 */
class ProgramsTest {
    static final Path ROOT = Path.of("tests/python");
    /** A program that loops forever fails instead of stopping the suite. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The result of one in-process run. */
    record Run(String stdout, String stderr, int status) {}

    /** Runs the command line {@code args} in-process with {@code stdin} and returns what it printed. */
    static Run run(String stdin, String... args) {
        return run(stdin, Map.of(), args);
    }

    /**
     * The environment of a run: this process's, without PYTHONWARNINGS, with PYTHONDONTWRITEBYTECODE
     * (the expected outputs come from python3 compiling the programs' modules afresh: a set literal's
     * order in a cached module would be the writing process's), plus {@code extra}.
     */
    private static Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("PYTHONWARNINGS");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.putAll(extra);
        return env;
    }

    /** Removes cached bytecode that earlier runs by hand left beside the programs (see {@link #environment}). */
    @BeforeAll
    static void removeCachedBytecode() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().endsWith("." + org.sanca.runtime.BytecodeCache.CACHE_TAG + ".pyc")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Runs {@code args} with {@code extra} added to the environment: in-process unless it asks for another hash seed. */
    static Run run(String stdin, Map<String, String> extra, String... args) {
        String seed = extra.get("PYTHONHASHSEED");
        if (seed != null && PyHash.Seed.parse(seed) != PyHash.seed()) return runChild(stdin, extra, args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = environment(extra);
        int status;
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8)) {
            status = Main.run("python3", args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                o, e, env);
        }
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** Runs {@code args} in a child JVM (this one's java and class path) and returns what it printed. */
    private static Run runChild(String stdin, Map<String, String> extra, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().putAll(environment(extra));
        try {
            Path out = Files.createTempFile("sanca-out", ".txt");
            Path err = Files.createTempFile("sanca-err", ".txt");
            try {
                Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                try (var in = p.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
                int status = p.waitFor();
                return new Run(Files.readString(out), Files.readString(err), status);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The KEY=VALUE lines of a .env file, or none. */
    private static Map<String, String> readEnv(Path p) throws IOException {
        Map<String, String> env = new HashMap<>();
        String text = readIfExists(p);
        if (text == null) return env;
        for (String line : text.lines().toList()) {
            int eq = line.indexOf('=');
            if (line.isBlank() || line.startsWith("#") || eq < 0) continue;
            env.put(line.substring(0, eq).strip(), line.substring(eq + 1));
        }
        return env;
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
        Run run = run(stdin == null ? "" : stdin, readEnv(sibling(py, ".env")), args.toArray(String[]::new));
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
