package org.sanca.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.sanca.ast.ModTy;
import org.sanca.cli.CommandLine;
import org.sanca.parser.Parser;
import org.sanca.parser.SyntaxErrorException;

/**
 * One Python interpreter: its sys and builtins modules, its module registry, and running the
 * main program the command line names.
 * CPython: Python/pylifecycle.c (Py_InitializeFromConfig) and Modules/main.c (pymain_run_python).
 */
public final class Interpreter {
    private final String program;
    private final CommandLine.Options options;
    private final PrintStream out;
    private final PrintStream err;

    private Interpreter(String program, CommandLine.Options options, PrintStream out, PrintStream err) {
        this.program = program;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Runs the program {@code options} names and returns the process exit status. */
    public static int runMain(String program, CommandLine.Options options, InputStream in, PrintStream out,
                              PrintStream err, Map<String, String> env) {
        Interpreter interp = new Interpreter(program, options, out, err);
        try {
            return interp.runMainProgram(in) & 0xFF;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int runMainProgram(InputStream in) {
        return switch (options.mode) {
            case COMMAND -> runSource(options.target.getBytes(java.nio.charset.StandardCharsets.UTF_8), "<string>");
            case STDIN -> runSource(readAll(in), "<stdin>");
            case FILE -> runFile(options.target);
            case MODULE -> runModule(options.target);
        };
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private int runFile(String name) {
        Path path = Path.of(name).toAbsolutePath();
        byte[] source;
        try {
            source = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return cannotOpen(path, 2, "No such file or directory");
        } catch (IOException e) {
            boolean dir = Files.isDirectory(path);
            return cannotOpen(path, dir ? 21 : 13, dir ? "Is a directory" : "Permission denied");
        }
        return runSource(source, path.toString());
    }

    private int cannotOpen(Path path, int errno, String message) {
        err.print(program + ": can't open file '" + path + "': [Errno " + errno + "] " + message + "\n");
        return 2;
    }

    private int runModule(String name) {
        err.print(program + ": No module named " + name + "\n");
        return 1;
    }

    private int runSource(byte[] source, String filename) {
        ModTy mod;
        try {
            mod = Parser.parse(source, filename, Parser.Mode.FILE);
        } catch (SyntaxErrorException e) {
            printSyntaxError(e);
            return 1;
        }
        return execute(mod, filename);
    }

    private int execute(ModTy mod, String filename) {
        err.print(program + ": running code is not available yet\n");
        return 1;
    }

    private void printSyntaxError(SyntaxErrorException e) {
        out.flush();
        StringBuilder sb = new StringBuilder();
        int endLine = e.endLineno == SyntaxErrorException.NONE ? e.lineno : e.endLineno;
        int endOffset = !e.kind.equals("SyntaxError") || e.endOffset == SyntaxErrorException.NONE ? -1 : e.endOffset;
        int offset = e.offset == SyntaxErrorException.NONE ? -1 : e.offset;
        TracebackFormatter.formatSyntaxError(sb, e.filename, e.lineno, offset, endLine, endOffset, e.text);
        sb.append(e.kind).append(": ").append(e.msg).append('\n');
        err.print(sb);
    }
}
