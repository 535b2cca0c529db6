package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The command line running programs: -c, -, stdin, missing files, -m, exit statuses and the
 * uncaught-exception report. Every expectation is what python3 (CPython 3.11.7) prints for the
 * same command line, with "python3" as the program name.
 */
class CliTest {
    private static ProgramsTest.Run run(String stdin, String... args) {
        return ProgramsTest.run(stdin, args);
    }

    @Test
    void commandSetsArgvAndExitStatus() {
        ProgramsTest.Run r = run("", "-c", "import sys; print(sys.argv); raise SystemExit(4)", "a");
        assertEquals("['-c', 'a']\n", r.stdout());
        assertEquals(4, r.status());
    }

    @Test
    void uncaughtExceptionInCommand() {
        ProgramsTest.Run r = run("", "-c", "x = 1/0");
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
            + "ZeroDivisionError: division by zero\n", r.stderr());
        assertEquals(1, r.status());
    }

    @Test
    void programFromStdin() {
        ProgramsTest.Run r = run("print(\"from stdin\"); import sys; print(sys.argv)\n", "-", "q");
        assertEquals("from stdin\n['-', 'q']\n", r.stdout());
        assertEquals(0, r.status());
        ProgramsTest.Run piped = run("print(1)\nundefined\n");
        assertEquals("1\n", piped.stdout());
        assertEquals("Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\n"
            + "NameError: name 'undefined' is not defined\n", piped.stderr());
        assertEquals(1, piped.status());
    }

    /**
     * Output of {@code args} with stdout and stderr on one stream, as a shell's 2>&1 gives, in an
     * environment without PYTHON* variables (PYTHONUNBUFFERED would mean -u).
     */
    private static String merged(String... args) {
        java.io.ByteArrayOutputStream both = new java.io.ByteArrayOutputStream();
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        try (java.io.PrintStream s = new java.io.PrintStream(both, false, java.nio.charset.StandardCharsets.UTF_8)) {
            Main.run("python3", args, java.io.InputStream.nullInputStream(), s, s, env);
        }
        return both.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void unbufferedOption() {
        String program = "import sys; sys.stdout.write('a'); sys.stderr.write('b\\n'); sys.stdout.write('c\\n')";
        // env -u PYTHONUNBUFFERED python3 [-u] -c ... 2>&1 (stdout to a pipe is fully buffered)
        assertEquals("ab\nc\n", merged("-u", "-c", program));
        assertEquals("b\nac\n", merged("-c", program));
    }

    @Test
    void missingFile() {
        ProgramsTest.Run r = run("", "/x/y.py");
        assertEquals("python3: can't open file '/x/y.py': [Errno 2] No such file or directory\n", r.stderr());
        assertEquals(2, r.status());
        String abs = Path.of("no_such_file.py").toAbsolutePath().toString();
        assertEquals("python3: can't open file '" + abs + "': [Errno 2] No such file or directory\n",
            run("", "no_such_file.py").stderr());
    }

    @Test
    void directoryRunsItsMain(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        // python3 DIR: DIR/__main__.py runs with DIR first on sys.path; without one, runpy's message
        ProgramsTest.Run missing = run("", dir + "/");
        assertEquals("python3: can't find '__main__' module in '" + dir + "/'\n", missing.stderr());
        assertEquals(1, missing.status());
        java.nio.file.Files.writeString(dir.resolve("__main__.py"), "import sys\nprint(__name__, __file__ == sys.path[0] + '/__main__.py', sys.argv[1:])\n");
        ProgramsTest.Run ok = run("", dir.toString(), "x");
        assertEquals("__main__ True ['x']\n", ok.stdout());
        assertEquals(0, ok.status());
    }

    @Test
    void systemExitValues() {
        assertEquals(0, run("", "-c", "import sys; sys.exit(None)").status());
        ProgramsTest.Run list = run("", "-c", "import sys; sys.exit([1])");
        assertEquals("[1]\n", list.stderr());
        assertEquals(1, list.status());
        assertEquals(1, run("", "-c", "import sys; sys.exit(True)").status());
        assertEquals(0, run("", "-c", "import sys; sys.exit(256)").status());
        assertEquals(255, run("", "-c", "import sys; sys.exit(-1)").status());
    }

    @Test
    void keyboardInterruptExits130() {
        ProgramsTest.Run r = run("", "-c", "raise KeyboardInterrupt");
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
            + "KeyboardInterrupt\n", r.stderr());
        assertEquals(130, r.status());
    }

    @Test
    void interruptWakesSleep() {
        // Ctrl-C during time.sleep: the sleep ends at once with KeyboardInterrupt and finally blocks run
        Thread ctrlC = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            org.sanca.vm.Interpreter.signalInterrupt();
        });
        ctrlC.start();
        long t0 = System.nanoTime();
        ProgramsTest.Run r = run("", "-c", "import sys, time\nsys.stdout.write('before')\ntry:\n    time.sleep(20)\n"
            + "finally:\n    print(' finally')\n");
        assertEquals("before finally\n", r.stdout());
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 4, in <module>\nKeyboardInterrupt\n",
            r.stderr());
        assertEquals(130, r.status());
        org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "sleep was not cut short");
    }

    @Test
    void moduleOption() {
        ProgramsTest.Run r = run("", "-m", "nosuch");
        assertEquals("python3: No module named nosuch\n", r.stderr());
        assertEquals(1, r.status());
        assertEquals("python3: No code object available for sys\n", run("", "-m", "sys").stderr());
    }

    @Test
    void syntaxErrorInCommand() {
        ProgramsTest.Run r = run("", "-c", "for x in range(3) print(x)");
        assertEquals("  File \"<string>\", line 1\n    for x in range(3) print(x)\n"
            + "                      ^^^^^\nSyntaxError: invalid syntax\n", r.stderr());
        assertEquals(1, r.status());
    }

    @Test
    void interactiveLoopWithPipedInput() {
        String input = "x = 6*7\nx\nfor i in range(2):\n    print(i)\n\ndef f(\n  a):\n    return a+1\n\nf(x)\n1/0\n"
            + "print(\"after\")\n";
        ProgramsTest.Run r = run(input, "-i", "-q");
        assertEquals("42\n0\n1\n43\nafter\n", r.stdout());
        assertEquals(">>> >>> >>> ... ... >>> ... ... ... >>> >>> Traceback (most recent call last):\n"
            + "  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> \n", r.stderr());
        assertEquals(0, r.status());
    }
    @Test
    void warningShownOnceWithoutOptions() {
        ProgramsTest.Run r = run("", "-c", "import warnings; warnings.warn('x'); print(1)");
        assertEquals("1\n", r.stdout());
        assertEquals("<string>:1: UserWarning: x\n", r.stderr());
        assertEquals(0, r.status());
    }

    @Test
    void warningOptionErrorRaises() {
        ProgramsTest.Run r = run("", "-W", "error", "-c", "import warnings; warnings.warn('x')");
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nUserWarning: x\n",
            r.stderr());
        assertEquals(1, r.status());
        ProgramsTest.Run c = run("", "-W", "error", "-c", "import _warnings; _warnings.warn('y', RuntimeWarning)");
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
            + "RuntimeWarning: y\n", c.stderr());
    }

    @Test
    void warningOptionIgnoreAndAlways() {
        ProgramsTest.Run r = run("", "-W", "ignore", "-c", "import warnings; warnings.warn('x'); print(1)");
        assertEquals("1\n", r.stdout());
        assertEquals("", r.stderr());
        ProgramsTest.Run a = run("", "-W", "always::DeprecationWarning", "-c",
            "import warnings\nfor i in range(2): warnings.warn('d', DeprecationWarning)\nwarnings.warn('u')");
        assertEquals("<string>:2: DeprecationWarning: d\n<string>:2: DeprecationWarning: d\n"
            + "<string>:3: UserWarning: u\n", a.stderr());
    }

    @Test
    void invalidWarningOptionsAreReported() {
        ProgramsTest.Run r = run("", "-W", "bogus", "-W", "once::Foo", "-W", "a:b:c:d:e:f", "-c", "print(2)");
        assertEquals("2\n", r.stdout());
        assertEquals("Invalid -W option ignored: invalid action: 'bogus'\n"
            + "Invalid -W option ignored: unknown warning category: 'Foo'\n"
            + "Invalid -W option ignored: too many fields (max 5): 'a:b:c:d:e:f'\n", r.stderr());
    }

    @Test
    void compilerWarningAsErrorIsSyntaxError() {
        ProgramsTest.Run r = run("", "-W", "error", "-c", "x = 1\nif x is 1: pass");
        assertEquals("  File \"<string>\", line 2\nSyntaxError: \"is\" with a literal. Did you mean \"==\"?\n",
            r.stderr());
        assertEquals(1, r.status());
    }
}
