package org.sanca.runtime;

import org.sanca.ast.ModTy;

import org.sanca.vm.Calls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.parser.Parser;
import org.sanca.parser.SyntaxErrorException;

/**
 * The interactive loop: the banner, the ">>> " and "... " prompts on stderr, statements
 * compiled in 'single' mode (so expression values go through sys.displayhook), a compound
 * statement read until an empty line, and errors reported without leaving the loop.
 * CPython: Python/pythonrun.c (PyRun_InteractiveLoopFlags, PyRun_InteractiveOneObject).
 */
final class Repl {
    private final PySystemState state;
    private final PrintStream err;
    private final PyDict globals;
    private final Interpreter interpreter;
    /** The __future__ features earlier inputs imported, which later ones inherit (PyCompilerFlags). */
    private int futureFlags;

    Repl(Interpreter interpreter, PySystemState state, PrintStream err, PyDict globals) {
        this.interpreter = interpreter;
        this.state = state;
        this.err = err;
        this.globals = globals;
    }

    /** Reads and runs statements until end of input or SystemExit; returns the exit status. */
    int run(InputStream in, boolean banner) {
        if (banner) {
            err.print("Python " + Version.SYS_VERSION + " on " + System.getProperty("os.name", "").toLowerCase()
                + "\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder buffer = new StringBuilder();
        while (true) {
            state.flushStdFiles();
            err.print(buffer.isEmpty() ? ">>> " : "... ");
            err.flush();
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                err.print("\n");
                return 0;
            }
            buffer.append(line).append('\n');
            String source = buffer.toString();
            if (noCode(source)) {
                buffer.setLength(0);
                continue; // blank and comment lines only: the loop prompts again
            }
            if (needsMore(source, line)) {
                continue;
            }
            buffer.setLength(0);
            Integer status = runOne(source);
            if (status != null) {
                return status;
            }
        }
    }

    /**
     * Whether the statement read so far continues on the next line, as in the interactive loop:
     * input the parser wants more of (codeop's flags tell), and a compound statement until its
     * closing blank line; a blank line ends the statement unless a bracket or a triple-quoted
     * string is still open.
     */
    private static boolean needsMore(String source, String line) {
        boolean blank = line.isBlank();
        try {
            ModTy m = Parser.parse(source, "<stdin>", Parser.Mode.SINGLE,
                blank ? 0 : Parser.PyCF_ALLOW_INCOMPLETE_INPUT | Parser.PyCF_DONT_IMPLY_DEDENT);
            return !blank && m instanceof org.sanca.ast.Interactive i && !i.body.isEmpty() && isCompound(i.body.get(0));
        } catch (SyntaxErrorException e) {
            return blank ? e.msg.contains("was never closed") || e.msg.startsWith("unterminated triple-quoted")
                : e.msg.equals("incomplete input");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean noCode(String source) {
        for (String l : source.split("\n")) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCompound(org.sanca.ast.StmtTy s) {
        return switch (s) {
            case org.sanca.ast.If x -> true;
            case org.sanca.ast.For x -> true;
            case org.sanca.ast.AsyncFor x -> true;
            case org.sanca.ast.While x -> true;
            case org.sanca.ast.With x -> true;
            case org.sanca.ast.AsyncWith x -> true;
            case org.sanca.ast.Try x -> true;
            case org.sanca.ast.TryStar x -> true;
            case org.sanca.ast.FunctionDef x -> true;
            case org.sanca.ast.AsyncFunctionDef x -> true;
            case org.sanca.ast.ClassDef x -> true;
            case org.sanca.ast.Match x -> true;
            default -> false;
        };
    }

    /** Runs one statement; returns an exit status when SystemExit ended the session, else null. */
    private Integer runOne(String source) {
        try {
            PyCode code = Compile.source(source, "<stdin>", "single", futureFlags, state.optimizeLevel());
            futureFlags |= code.getFlags() & org.sanca.compiler.Compiler.PyCF_MASK;
            Calls.evalCode(code, globals, globals);
        } catch (PyException e) {
            if (e.matches(PyExc.SystemExit)) {
                return interpreter.handleException(e);
            }
            interpreter.handleException(e);
        } catch (StackOverflowError e) {
            interpreter.handleException(org.sanca.objects.PyErr.format(PyExc.RecursionError,
                "maximum recursion depth exceeded"));
        }
        return null;
    }
}
