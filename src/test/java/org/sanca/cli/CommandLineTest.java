package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Command-line parsing and the texts python3 prints for -h, -V and usage errors (taken from python3). */
class CommandLineTest {
    private static final String TRY = "usage: python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
        + "Try `python -h' for more information.\n";

    private static CommandLine.Options parse(String... args) throws CommandLine.UsageError {
        return CommandLine.parse("python3", args, Map.of());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CommandLineTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void commandTakesTheRestAsArguments() throws Exception {
        CommandLine.Options o = parse("-c", "print(1)", "a", "-v");
        assertEquals(CommandLine.Mode.COMMAND, o.mode);
        assertEquals("print(1)\n", o.target);
        assertEquals(List.of("-c", "a", "-v"), o.argv);
        assertEquals(0, o.verbose);
    }

    @Test
    void combinedFlagsAndAttachedArguments() throws Exception {
        CommandLine.Options o = parse("-uEIsSOOBbqv", "-X", "dev", "-Werror", "-cpass", "x");
        assertEquals(2, o.optimize);
        assertEquals(true, o.isolated && o.ignoreEnvironment && o.noUserSite && o.safePath && o.noSite);
        assertEquals(List.of("default", "error", "default::BytesWarning"), o.warnoptions);
        assertEquals(Map.of("dev", true), o.xoptions);
        assertEquals(List.of("-c", "x"), o.argv);
        assertEquals("pass\n", o.target);
    }

    @Test
    void fileAndStdinArgv() throws Exception {
        assertEquals(List.of("t.py", "-c", "x"), parse("-O", "t.py", "-c", "x").argv);
        assertEquals(List.of("-", "x", "y"), parse("-", "x", "y").argv);
        assertEquals(List.of(""), parse().argv);
        assertEquals(List.of("-c", "--", "-x"), parse("-c", "1", "--", "-x").argv);
        assertEquals(CommandLine.Mode.FILE, parse("--", "-c").mode);
    }

    @Test
    void environmentVariables() throws Exception {
        Map<String, String> env = Map.of("PYTHONDONTWRITEBYTECODE", "1", "PYTHONOPTIMIZE", "2",
            "PYTHONWARNINGS", "ignore");
        CommandLine.Options o = CommandLine.parse("python3", new String[] {"-W", "error", "-b"}, env);
        assertEquals(true, o.dontWriteBytecode);
        assertEquals(2, o.optimize);
        assertEquals(List.of("ignore", "error", "default::BytesWarning"), o.warnoptions);
        CommandLine.Options ignored = CommandLine.parse("python3", new String[] {"-E"}, env);
        assertEquals(false, ignored.dontWriteBytecode);
    }

    @Test
    void usageErrors() {
        assertEquals("Unknown option: -Z",
            assertThrows(CommandLine.UsageError.class, () -> parse("-Z")).getMessage());
        assertEquals("Argument expected for the -c option",
            assertThrows(CommandLine.UsageError.class, () -> parse("-c")).getMessage());
        assertEquals("unknown option --foo",
            assertThrows(CommandLine.UsageError.class, () -> parse("--foo")).getMessage());
        assertEquals("-J is reserved for Jython",
            assertThrows(CommandLine.UsageError.class, () -> parse("-J")).getMessage());
    }

    @Test
    void mainPrintsUsageErrorsAndExits2() {
        ProgramsTest.Run run = ProgramsTest.run("", "-Z");
        assertEquals("Unknown option: -Z\n" + TRY, run.stderr());
        assertEquals(2, run.status());
        assertEquals("Argument expected for the -m option\n" + TRY, ProgramsTest.run("", "-m").stderr());
    }

    @Test
    void versionAndHelp() throws Exception {
        assertEquals("Python 3.11.7\n", ProgramsTest.run("", "-V").stdout());
        assertEquals("Python 3.11.7\n", ProgramsTest.run("", "--version").stdout());
        assertEquals(resource("python3-h.txt"), ProgramsTest.run("", "-h").stdout());
        assertEquals(resource("python3-h.txt"), ProgramsTest.run("", "-V", "-h").stdout());
        assertEquals(resource("python3-help-all.txt"), ProgramsTest.run("", "--help-all").stdout());
    }
}
