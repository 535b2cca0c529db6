package org.sanca.runtime;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

import org.sanca.cli.CommandLine;

/**
 * One Python interpreter: its sys and builtins modules, its module registry, and running the
 * main program the command line names.
 * CPython: Python/pylifecycle.c (Py_InitializeFromConfig) and Modules/main.c (pymain_run_python).
 */
public final class Interpreter {
    private Interpreter() {}

    /** Runs the program {@code options} names and returns the process exit status. */
    public static int runMain(String program, CommandLine.Options options, InputStream in, PrintStream out,
                              PrintStream err, Map<String, String> env) {
        err.println(program + ": the interpreter is not built yet");
        return 1;
    }
}
