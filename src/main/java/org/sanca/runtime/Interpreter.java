package org.sanca.runtime;

import org.sanca.vm.Calls;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.sanca.ast.ModTy;
import org.sanca.bytecode.Marshal;
import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyBaseException;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
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
    private final PySystemState state;
    /** The __main__ namespace once a program ran (for -i). */
    private PyDict mainGlobals;

    private Interpreter(String program, CommandLine.Options options, InputStream in, PrintStream out,
                        PrintStream err, Map<String, String> env) {
        this.program = program;
        this.options = options;
        this.out = out;
        this.err = err;
        this.state = PySystemState.create(options, env, in, out, err);
        org.sanca.vm.Interpreter.setCompiling(options.jit);
    }

    /** Runs the program {@code options} names and returns the process exit status. */
    public static int runMain(String program, CommandLine.Options options, InputStream in, PrintStream out,
                              PrintStream err, Map<String, String> env) {
        Interpreter interp = null;
        try {
            interp = new Interpreter(program, options, in, out, err, env);
            Signals.install(interp.state::flushStdFiles);
            interp.importWarnings();
            int status = interp.runMainProgram(in);
            if (options.inspect > 0 && options.mode != CommandLine.Mode.STDIN && interp.mainGlobals != null) {
                status = interp.runRepl(in);
            }
            return status & 0xFF;
        } catch (Throwable e) {
            err.print(internalErrorText(e));
            return 1;
        } finally {
            if (interp != null) {
                interp.finish();
            }
            out.flush();
            err.flush();
        }
    }

    /**
     * With -W options or PYTHONWARNINGS, imports the warnings module, which applies them
     * (warnings._processoptions); CPython: init_interp_main in pylifecycle.c.
     */
    private void importWarnings() {
        if (options.warnoptions.isEmpty()) {
            return;
        }
        try {
            Importer.importModuleLevel("warnings", null, null, 0);
        } catch (PyException e) {
            state.flushStdFiles();
            err.print("'import warnings' failed; traceback:\n");
            state.printException(e.value);
        }
    }

    /** Flushes the standard streams and the files still open, as interpreter shutdown does. */
    private void finish() {
        org.sanca.modules.AtexitModule.runExitFuncs(state.modules());
        org.sanca.modules.IoModule.flushAll();
        state.flushStdFiles();
    }

    private int runMainProgram(InputStream in) {
        return switch (options.mode) {
            case COMMAND -> runSourceWithPath0(options.target.getBytes(java.nio.charset.StandardCharsets.UTF_8), "<string>");
            case STDIN -> isTerminal(in) || options.inspect > 0 ? runRepl(in) : runSourceWithPath0(readAll(in), "<stdin>");
            case FILE -> runFile(options.target);
            case MODULE -> runModule(options.target);
        };
    }

    /** Whether {@code in} is the process's standard input and that is a terminal. */
    private static boolean isTerminal(InputStream in) {
        java.io.Console console = System.console();
        return in == System.in && console != null && console.isTerminal();
    }

    private int runRepl(InputStream in) {
        setPath0("");
        PyDict globals = mainGlobals != null ? mainGlobals : mainDict("<stdin>");
        return new Repl(this, state, err, globals).run(in, options.quiet == 0 && mainGlobals == null);
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
        if (Files.isDirectory(path)) {
            return runDirectory(name, path);
        }
        byte[] source;
        try {
            source = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return cannotOpen(path, 2, "No such file or directory");
        } catch (IOException e) {
            boolean dir = Files.isDirectory(path);
            return cannotOpen(path, dir ? 21 : 13, dir ? "Is a directory" : "Permission denied");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            real = path;
        }
        setPath0(real.getParent() == null ? "/" : real.getParent().toString());
        if (Marshal.isPycFile(name, source)) {
            return execute(path.toString(), () -> Marshal.codeFromPyc(source));
        }
        return runSource(source, path.toString());
    }

    /**
     * A directory given as the script runs its __main__.py, the directory first on sys.path
     * (CPython: pymain_run_python with the path importer and runpy's _run_module_as_main).
     */
    private int runDirectory(String name, Path path) {
        String dir = name.startsWith("/") ? name : System.getProperty("user.dir") + "/" + name;
        Path main = path.resolve("__main__.py");
        if (!Files.isRegularFile(main)) {
            err.print(program + ": can't find '__main__' module in '" + dir + "'\n");
            return 1;
        }
        byte[] source;
        try {
            source = Files.readAllBytes(main);
        } catch (IOException e) {
            return cannotOpen(main, 13, "Permission denied");
        }
        setPath0(dir);
        return runSource(source, main.normalize().toString());
    }

    private int cannotOpen(Path path, int errno, String message) {
        err.print(program + ": can't open file '" + path + "': [Errno " + errno + "] " + message + "\n");
        return 2;
    }

    private int runModule(String name) {
        setPath0(Path.of("").toAbsolutePath().toString());
        if (state.builtinModuleNames().contains(name)) {
            err.print(program + ": No code object available for " + name + "\n");
            return 1;
        }
        Path[] where;
        try {
            where = Importer.findSource(name, state.sysModule().getDict().getItemStr(PyStr.of("path")));
        } catch (PyException e) {
            return handleException(e);
        }
        if (where == null || where[1] != null) {
            err.print(program + ": No module named " + name + "\n");
            return 1;
        }
        String file = where[0].toAbsolutePath().normalize().toString();
        setArgv0(file);
        return runSource(readFile(where[0]), file);
    }

    private static byte[] readFile(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private void setPath0(String entry) {
        if (options.safePath) {
            return;
        }
        PyObject path = state.sysModule().getDict().getItemStr(PyStr.of("path"));
        if (path instanceof PyList l) {
            l.insert(0, PyStr.of(entry));
        }
    }

    private void setArgv0(String value) {
        PyObject argv = state.sysModule().getDict().getItemStr(PyStr.of("argv"));
        if (argv instanceof PyList l && l.size() > 0) {
            l.set(0, PyStr.of(value));
        }
    }

    private int runSource(byte[] source, String filename) {
        ModTy mod;
        try {
            mod = filename.equals("<string>") ? Compile.parseOrThrow(source, filename, Parser.Mode.FILE)
                : Compile.parseScriptOrThrow(source, filename);
        } catch (SyntaxErrorException e) {
            printSyntaxError(e);
            return 1;
        } catch (PyException e) {
            return handleException(e);
        }
        return execute(mod, filename);
    }

    private int runSourceWithPath0(byte[] source, String filename) {
        setPath0("");
        return runSource(source, filename);
    }

    /** The __main__ module's namespace, registered in sys.modules. */
    private PyDict mainDict(String filename) {
        PyModule main = new PyModule("__main__");
        PyDict d = main.getDict();
        d.setItem(PyStr.of("__builtins__"), state.builtinsModule());
        d.setItem(PyStr.of("__loader__"), Py.None);
        d.setItem(PyStr.of("__spec__"), Py.None);
        d.setItem(PyStr.of("__package__"), Py.None);
        d.setItem(PyStr.of("__annotations__"), new PyDict());
        if (!filename.startsWith("<")) {
            d.setItem(PyStr.of("__file__"), PyStr.of(filename));
            d.setItem(PyStr.of("__cached__"), Py.None);
        }
        state.modules().setItem(PyStr.of("__main__"), main);
        mainGlobals = d;
        return d;
    }

    private int execute(ModTy mod, String filename) {
        return execute(filename, () -> Compile.compile(mod, filename, "exec", 0, options.optimize));
    }

    /** Runs the code object {@code code} makes (a compile, or reading a .pyc) as __main__. */
    private int execute(String filename, java.util.function.Supplier<PyCode> code) {
        try {
            PyDict globals = mainDict(filename);
            Calls.evalCode(code.get(), globals, globals);
            return 0;
        } catch (PyException e) {
            return handleException(e);
        } catch (StackOverflowError e) {
            return handleException(PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded"));
        } catch (RuntimeException e) {
            return handleException(internalError(e));
        }
    }

    /** The report of an internal error that escaped before Python code could handle it. */
    public static String internalErrorText(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] where = root.getStackTrace();
        return "SystemError: internal error in Sanca: " + root + (where.length > 0 ? " at " + where[0] : "") + "\n";
    }

    /** An internal Java error as the Python SystemError the user sees instead of a JVM stack trace. */
    static PyException internalError(Throwable e) {
        StackTraceElement[] where = e.getStackTrace();
        String at = where.length > 0 ? " at " + where[0] : "";
        return PyErr.format(PyExc.SystemError, "internal error in Sanca: %s%s", String.valueOf(e), at);
    }

    /** Reports an uncaught exception as CPython's PyErr_Print does; returns the exit status. */
    int handleException(PyException e) {
        PyObject value = e.value;
        if (e.matches(PyExc.SystemExit)) {
            return systemExitStatus(value);
        }
        try {
            PyObject hook = state.sysModule().getDict().getItemStr(PyStr.of("excepthook"));
            if (hook == null) {
                err.print("sys.excepthook is missing\n");
                state.printException(value);
            } else {
                PyObject tb = value instanceof PyBaseException b && b.traceback != null ? b.traceback : Py.None;
                Abstract.call(hook, value.type(), value, tb);
            }
        } catch (PyException hookError) {
            if (hookError.matches(PyExc.SystemExit)) {
                return systemExitStatus(hookError.value);
            }
            state.flushStdFiles();
            err.print("Error in sys.excepthook:\n");
            state.printException(hookError.value);
            err.print("\nOriginal exception was:\n");
            state.printException(value);
        }
        return e.matches(PyExc.KeyboardInterrupt) ? Signals.SIGINT_STATUS : 1;
    }

    /** The status SystemExit asks for: None is 0, an int is itself, anything else is printed and 1. */
    private int systemExitStatus(PyObject value) {
        PyObject code = Abstract.lookupAttr(value, "code");
        if (code == null) {
            code = value;
        }
        if (code == Py.None) {
            return 0;
        }
        if (code instanceof PyInt i) {
            return i.fitsLong() ? (int) i.longValue() : -1;
        }
        state.flushStdFiles();
        PyObject stderr = state.getStderr();
        String text = Abstract.str(code).asString() + "\n";
        if (stderr == null || stderr == Py.None) {
            err.print(text);
        } else {
            Abstract.callMethod(stderr, "write", PyStr.of(text));
            org.sanca.modules.IoModule.flushQuietly(stderr);
        }
        return 1;
    }

    private void printSyntaxError(SyntaxErrorException e) {
        out.flush();
        StringBuilder sb = new StringBuilder();
        int endLine = e.endLineno == SyntaxErrorException.NONE ? e.lineno : e.endLineno;
        int endOffset = !e.kind.equals("SyntaxError") || e.endOffset == SyntaxErrorException.NONE ? -1 : e.endOffset;
        int offset = e.offset == SyntaxErrorException.NONE ? -1 : e.offset;
        if (e.lineno != SyntaxErrorException.NONE) {
            // A SyntaxError without a line (encoding problems) prints only its message.
            TracebackFormatter.formatSyntaxError(sb, e.filename, e.lineno, offset, endLine, endOffset, e.text);
        }
        sb.append(e.kind).append(": ").append(e.msg).append('\n');
        err.print(sb);
    }
}
