package org.sanca.runtime;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.sanca.cli.CommandLine;
import org.sanca.modules.AstModule;
import org.sanca.modules.BuiltinsExec;
import org.sanca.modules.BuiltinsModule;
import org.sanca.modules.IoModule;
import org.sanca.modules.IoOpen;
import org.sanca.modules.SysModule;
import org.sanca.modules.WarningsModule;
import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * The interpreter's state: the sys and builtins modules, sys.modules, the registry of modules
 * written in Java, the standard streams, and the settings start-up fixed.
 * CPython: Python/pylifecycle.c (pycore_init_builtins, _PySys_Create, init_sys_streams) and
 * Include/internal/pycore_interp.h.
 */
public final class PySystemState {
    private static volatile PySystemState current;

    private final CommandLine.Options options;
    private final PyDict modules = new PyDict();
    private final PyModule sys;
    private final PyModule builtins;
    private final Map<String, Function<String, PyModule>> registry = new LinkedHashMap<>();
    private final Path stdlib;
    private final PrintStream javaErr;
    private final WarningsModule warnings = new WarningsModule();

    private PySystemState(CommandLine.Options options, Map<String, String> env, InputStream in, PrintStream out,
                          PrintStream err) {
        this.options = options;
        this.javaErr = err;
        this.stdlib = StdlibLocator.find(env, options.ignoreEnvironment);
        builtins = new PyModule("builtins");
        sys = new PyModule("sys");
        registry.put("builtins", name -> builtins);
        registry.put("sys", name -> sys);
        registry.put("_ast", PySystemState::astModule);
        registry.put("math", org.sanca.modules.MathModule::create);
        registry.put("time", org.sanca.modules.TimeModule::create);
        registry.put("marshal", org.sanca.modules.MarshalModule::create);
        registry.put("posix", org.sanca.modules.PosixModule::create);
        registry.put("errno", org.sanca.modules.ErrnoModule::create);
        registry.put("pwd", org.sanca.modules.PwdModule::create);
        registry.put("grp", org.sanca.modules.GrpModule::create);
        registry.put("_codecs", org.sanca.modules.CodecsModule::create);
        org.sanca.objects.Codecs.install(n -> Importer.importModuleLevel(n, null, null, 0));
        registry.put("_sre", org.sanca.modules.SreModule::create);
        registry.put("_io", org.sanca.modules.IoOpen::create);
        registry.put("itertools", org.sanca.modules.ItertoolsModule::create);
        registry.put("_thread", org.sanca.modules.ThreadModule::create);
        registry.put("_functools", org.sanca.modules.FunctoolsModule::create);
        registry.put("_operator", org.sanca.modules.OperatorModule::create);
        registry.put("_string", org.sanca.modules.StringModule::create);
        registry.put("_contextvars", org.sanca.modules.ContextvarsModule::create);
        registry.put("_weakref", PySystemState::weakrefModule);
        registry.put("_heapq", org.sanca.modules.HeapqModule::create);
        registry.put("_bisect", org.sanca.modules.BisectModule::create);
        registry.put("_imp", org.sanca.modules.ImpModule::create);
        registry.put("_abc", org.sanca.modules.AbcModule::create);
        registry.put("_collections", org.sanca.modules.CollectionsModule::create);
        registry.put("_warnings", warnings::create);
        registry.put("_random", org.sanca.modules.RandomModule::create);
        for (String hash : new String[] {"_md5", "_sha1", "_sha256", "_sha512"}) {
            registry.put(hash, org.sanca.modules.HashModules::create);
        }
        registry.put("_struct", org.sanca.modules.StructModule::create);
        registry.put("atexit", org.sanca.modules.AtexitModule::create);
        registry.put("binascii", org.sanca.modules.BinasciiModule::create);
        registry.put("_sha3", org.sanca.modules.Sha3Module::create);
        registry.put("_blake2", org.sanca.modules.Blake2Module::create);
        current = this;
        org.sanca.objects.Warnings.sink = (category, message, level) -> current().warnings.warnEx(category, message, level);
        org.sanca.objects.Reduce.importer = module -> Importer.importModuleLevel(module, null, null, 0);
        org.sanca.objects.TypeObject.currentModuleName = () -> {
            org.sanca.vm.PyFrame f = Frames.current();
            return f == null ? null : f.getGlobals().getItemStr(PyStr.of("__name__"));
        };
        org.sanca.vm.Interpreter.setRecursionLimit(1000);
        int digits = options.intMaxStrDigits >= 0 ? options.intMaxStrDigits : 4300;
        org.sanca.objects.PyInt.setMaxStrDigits(digits);
        org.sanca.parser.Literals.setIntMaxStrDigits(digits);
        initBuiltins();
        initSys(env, in, out, err);
        modules.setItem(PyStr.of("builtins"), builtins);
        modules.setItem(PyStr.of("sys"), sys);
        org.sanca.vm.Interpreter.setBuiltins(builtins.getDict());
        org.sanca.vm.Interpreter.setSys(sys);
        if (!options.noSite) org.sanca.modules.SiteBuiltins.install(builtins.getDict(), sys.getDict());
    }

    /** The _weakref module: its contents are the object model's (weakref types and functions). */
    private static PyModule weakrefModule(String name) {
        PyModule m = new PyModule(name);
        m.getDict().update(org.sanca.objects.PyWeakRef.moduleDict());
        return m;
    }

    /** Whether out is the process's standard output on a terminal (then CPython line-buffers it). */
    private static boolean isTerminal(PrintStream out) {
        java.io.Console console = System.console();
        return out == System.out && console != null && console.isTerminal();
    }

    /** Creates the interpreter state for {@code options} and makes it the current one. */
    public static PySystemState create(CommandLine.Options options, Map<String, String> env, InputStream in,
                                       PrintStream out, PrintStream err) {
        return new PySystemState(options, env, in, out, err);
    }

    /** The running interpreter's state, or null before one starts. */
    static PySystemState currentOrNull() {
        return current;
    }

    /** The running interpreter's state. */
    public static PySystemState current() {
        PySystemState s = current;
        if (s == null) {
            throw new IllegalStateException("the Sanca interpreter is not initialised");
        }
        return s;
    }

    private static PyModule astModule(String name) {
        PyModule m = new PyModule(name);
        AstModule.get().populate(m.getDict());
        return m;
    }

    private void initBuiltins() {
        PyDict d = builtins.getDict();
        d.setItem(PyStr.of("__doc__"), PyStr.of("Built-in functions, exceptions, and other objects."));
        BuiltinsTypes.populate(d);
        BuiltinsModule.populate(builtins, d);
        BuiltinsExec.populate(builtins, d);
        d.setItem(PyStr.of("open"), org.sanca.modules.IoOpen.openFunction());
        d.setItem(PyStr.of("__debug__"), options.optimize == 0 ? Py.True : Py.False);
        BuiltinsTypes.reorder(d);
    }

    private void initSys(Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        PyDict d = sys.getDict();
        List<String> path = new java.util.ArrayList<>();
        path.addAll(StdlibLocator.modulePath(stdlib, env, options.ignoreEnvironment));
        String home = System.getProperty("sanca.home");
        String executable = home != null ? Path.of(home, "bin", "sanca").toString() : "sanca";
        SysModule.populate(sys, d, this, options, path, executable);
        PyObject stdin = IoOpen.stdStream(0, in, null, false, false);
        PyObject stdout = IoOpen.stdStream(1, null, out, isTerminal(out), options.unbuffered);
        PyObject stderr = IoOpen.stdStream(2, null, err, isTerminal(err), options.unbuffered);
        for (String[] names : new String[][] {{"stdin", "__stdin__"}, {"stdout", "__stdout__"},
            {"stderr", "__stderr__"}}) {
            PyObject stream = names[0].equals("stdin") ? stdin : names[0].equals("stdout") ? stdout : stderr;
            d.setItem(PyStr.of(names[0]), stream);
            d.setItem(PyStr.of(names[1]), stream);
        }
    }

    // ---- accessors --------------------------------------------------------------------------

    public PyDict modules() {
        return modules;
    }

    public PyModule sysModule() {
        return sys;
    }

    public PyModule builtinsModule() {
        return builtins;
    }

    public PyDict builtinsDict() {
        return builtins.getDict();
    }

    /** The warning filters and registries (the _warnings module's state). */
    public WarningsModule warnings() {
        return warnings;
    }

    /** The Java stream stderr writes to, for messages when sys.stderr is gone. */
    public PrintStream javaErr() {
        return javaErr;
    }

    public CommandLine.Options options() {
        return options;
    }

    /** The optimisation level compile() uses by default (-O count). */
    public int optimizeLevel() {
        return options.optimize;
    }

    /** The names of the modules written in Java (sys.builtin_module_names). */
    public Set<String> builtinModuleNames() {
        return registry.keySet();
    }

    /** Creates the built-in module {@code name}, or returns null when there is none. */
    public PyModule createBuiltin(String name) {
        Function<String, PyModule> init = registry.get(name);
        return init == null ? null : init.apply(name);
    }

    /** sys.prefix: the installation the standard library comes from. */
    public String prefix() {
        return stdlib == null ? null : stdlib.getParent().getParent().toString();
    }

    public String stdlibDir() {
        return stdlib == null ? null : stdlib.toString();
    }

    private PyObject sysAttr(String name) {
        return sys.getDict().getItemStr(PyStr.of(name));
    }

    /** sys.stdout (null when deleted). */
    public PyObject getStdout() {
        return sysAttr("stdout");
    }

    public PyObject getStderr() {
        return sysAttr("stderr");
    }

    public PyObject getStdin() {
        return sysAttr("stdin");
    }

    /** Flushes sys.stdout and sys.stderr, ignoring errors (CPython's flush_std_files). */
    public void flushStdFiles() {
        IoModule.flushQuietly(getStdout());
        IoModule.flushQuietly(getStderr());
    }

    /** Writes the report of an exception to sys.stderr (or the Java stderr when it is gone). */
    public void printException(PyObject value) {
        IoModule.flushQuietly(getStdout());
        PyObject limitObj = sysAttr("tracebacklimit");
        long limit = limitObj instanceof org.sanca.objects.PyInt i && i.fitsLong() ? i.longValue() : 1000;
        String text = new ExceptionPrinter(limit).format(value);
        PyObject err = getStderr();
        if (err == null || err == Py.None) {
            javaErr.print(text);
            javaErr.flush();
            return;
        }
        Abstract.callMethod(err, "write", PyStr.of(text));
        IoModule.flushQuietly(err);
    }
}
