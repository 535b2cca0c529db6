package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The interactive loop on a non-tty stdin, as `python3 -q -i` runs it: each tests/repl/*.in is
 * fed to Sanca and its stdout and stderr (prompts, echoed values, errors) must equal the .out
 * and .err that tests/repl/generate.py recorded from CPython 3.11.
 */
class ReplTest {
    static final Path ROOT = Path.of("tests/repl");

    @TestFactory
    Stream<DynamicTest> sessionsPrintWhatCPythonPrints() throws IOException {
        return Files.list(ROOT).filter(p -> p.toString().endsWith(".in")).sorted()
            .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path in) throws IOException {
        String base = in.toString().substring(0, in.toString().length() - 3);
        String input = Files.readString(in, StandardCharsets.UTF_8);
        ProgramsTest.Run r = ProgramsTest.run(input, "-q", "-i");
        assertEquals(Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8), r.stdout(), "stdout of " + in);
        assertEquals(Files.readString(Path.of(base + ".err"), StandardCharsets.UTF_8), r.stderr(), "stderr of " + in);
    }
}
