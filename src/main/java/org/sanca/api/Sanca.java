package org.sanca.api;

import org.sanca.vm.Calls;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.sanca.cli.CommandLine;
import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyBaseException;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyException;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.runtime.Compile;
import org.sanca.runtime.ExceptionPrinter;
import org.sanca.runtime.PySystemState;

/**
 * Runs Python code inside a Java program: a Python interpreter with its own __main__ namespace.
 *
 * <pre>{@code
 * try (Sanca py = Sanca.create()) {
 *     py.exec("x = 6 * 7");
 *     long x = (Long) py.eval("x");          // 42
 *     py.set("name", "world");
 *     py.exec("greeting = 'hello ' + name");
 *     String g = (String) py.get("greeting"); // "hello world"
 * }
 * }</pre>
 *
 * <p>Values cross the boundary converted: Python None, bool, int, float, str, bytes, list,
 * tuple and dict become null, Boolean, Long (or BigInteger), Double, String, byte[], List and
 * Map; other Python objects are returned as they are (org.sanca.objects.PyObject). Java values
 * given to {@link #set} and {@link #call} are converted the other way. A Python exception
 * surfaces as a {@link PythonException}.
 *
 * <p>Python code runs on the interpreter's own thread, which has a large stack so deep recursion
 * meets Python's recursion limit first; calls from several Java threads are serialised. The
 * modules (sys.modules) are interpreter-wide: the most recently created Sanca is the current
 * interpreter of the JVM.
 */
public final class Sanca implements AutoCloseable {
    private static final long STACK_SIZE = 1L << 30;

    private final ExecutorService thread;
    private volatile Thread interpreterThread;
    private final PyDict globals;
    private boolean closed;

    private Sanca(List<String> argv, InputStream in, PrintStream out, PrintStream err) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "sanca", STACK_SIZE);
            t.setDaemon(true);
            interpreterThread = t;
            return t;
        });
        this.globals = submit(() -> {
            CommandLine.Options options = CommandLine.parse("sanca", new String[0], Map.of());
            options.argv.clear();
            options.argv.addAll(argv.isEmpty() ? List.of("") : argv);
            PySystemState state = PySystemState.create(options, System.getenv(), in, out, err);
            PyModule main = new PyModule("__main__");
            main.getDict().setItem(PyStr.of("__builtins__"), state.builtinsModule());
            state.modules().setItem(PyStr.of("__main__"), main);
            return main.getDict();
        });
    }

    /** An interpreter using the process's standard streams, with sys.argv == ['']. */
    public static Sanca create() {
        return new Sanca(List.of(), System.in, System.out, System.err);
    }

    /**
     * An interpreter with the given standard streams and sys.argv.
     *
     * @param argv sys.argv (an empty list gives [''])
     */
    public static Sanca create(List<String> argv, InputStream in, PrintStream out, PrintStream err) {
        return new Sanca(List.copyOf(argv), in, out, err);
    }

    /** Runs statements in the __main__ namespace. */
    public void exec(String source) {
        submit(() -> {
            PyCode code = Compile.source(source, "<string>", "exec", 0, 0);
            Calls.evalCode(code, globals, globals);
            return null;
        });
    }

    /** Evaluates an expression in the __main__ namespace and returns its value, converted to Java. */
    public Object eval(String expression) {
        return submit(() -> toJava(evalObject(expression)));
    }

    /** Evaluates an expression and returns the Python object itself. */
    public PyObject evalObject(String expression) {
        return submit(() -> {
            PyCode code = Compile.source(expression.strip(), "<string>", "eval", 0, 0);
            return Calls.evalCode(code, globals, globals);
        });
    }

    /** The value of a global of __main__, converted to Java; null when unset (or None). */
    public Object get(String name) {
        return submit(() -> {
            PyObject v = globals.getItemStr(PyStr.of(name));
            return v == null ? null : toJava(v);
        });
    }

    /** Whether __main__ has a global called {@code name}. */
    public boolean contains(String name) {
        return submit(() -> globals.getItemStr(PyStr.of(name)) != null);
    }

    /** Sets a global of __main__ to a Java value (converted) or a Python object. */
    public void set(String name, Object value) {
        submit(() -> {
            globals.setItem(PyStr.of(name), toPython(value));
            return null;
        });
    }

    /** Calls the callable global {@code name} with Java arguments; returns its result converted. */
    public Object call(String name, Object... args) {
        return submit(() -> {
            PyObject f = globals.getItemStr(PyStr.of(name));
            if (f == null) {
                throw org.sanca.objects.PyErr.format(org.sanca.objects.PyExc.NameError,
                    "name '%s' is not defined", name);
            }
            PyObject[] a = new PyObject[args.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = toPython(args[i]);
            }
            return toJava(Abstract.call(f, a, 0, a.length, null));
        });
    }

    /** Flushes sys.stdout and sys.stderr and stops the interpreter thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            submit(() -> {
                org.sanca.modules.IoModule.flushAll();
                PySystemState.current().flushStdFiles();
                return null;
            });
        } finally {
            thread.shutdown();
        }
    }

    // ---- running on the interpreter thread -------------------------------------------------

    private <T> T submit(Callable<T> task) {
        if (thread.isShutdown()) {
            throw new IllegalStateException("this Sanca interpreter is closed");
        }
        if (Thread.currentThread() == interpreterThread) {
            return runTask(task);
        }
        Future<T> f = thread.submit(() -> runTask(task));
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Python code ran", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static <T> T runTask(Callable<T> task) {
        try {
            return task.call();
        } catch (PyException e) {
            throw toJavaException(e);
        } catch (StackOverflowError e) {
            throw new PythonException("RecursionError", "maximum recursion depth exceeded", "", null);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PythonException toJavaException(PyException e) {
        PyBaseException v = e.value;
        String type = org.sanca.objects.PyErr.typeName(v);
        PyObject module = Abstract.lookupAttr(v.type(), "__module__");
        if (module instanceof PyStr m && !m.asString().equals("builtins") && !m.asString().equals("__main__")) {
            type = m.asString() + "." + v.type().getQualname();
        }
        String message;
        try {
            message = Abstract.str(v).asString();
        } catch (PyException other) {
            message = "<exception str() failed>";
        }
        return new PythonException(type, message, new ExceptionPrinter(1000).format(v), v);
    }

    // ---- value conversion -------------------------------------------------------------------

    /** Converts a Java value to a Python object (PyObjects pass through). */
    public static PyObject toPython(Object value) {
        return switch (value) {
            case null -> Py.None;
            case PyObject o -> o;
            case Boolean b -> PyBool.of(b);
            case Integer i -> PyInt.of(i);
            case Long l -> PyInt.of(l);
            case Short s -> PyInt.of(s);
            case Byte b -> PyInt.of(b);
            case BigInteger b -> PyInt.of(b);
            case Double d -> PyFloat.of(d);
            case Float f -> PyFloat.of(f);
            case CharSequence s -> PyStr.of(s.toString());
            case Character c -> PyStr.of(String.valueOf(c));
            case byte[] b -> PyBytes.of(b);
            case List<?> l -> {
                PyList out = new PyList();
                for (Object item : l) {
                    out.append(toPython(item));
                }
                yield out;
            }
            case Map<?, ?> m -> {
                PyDict out = new PyDict();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.setItem(toPython(e.getKey()), toPython(e.getValue()));
                }
                yield out;
            }
            default -> throw new IllegalArgumentException("no Python equivalent for " + value.getClass().getName());
        };
    }

    /** Converts a Python object to its Java counterpart (see the class comment), else returns it. */
    public static Object toJava(PyObject o) {
        if (o == null || o == Py.None) {
            return null;
        }
        if (o instanceof PyBool b) {
            return b == Py.True;
        }
        if (o.type() == PyInt.TYPE) {
            PyInt i = (PyInt) o;
            return i.fitsLong() ? (Object) i.longValue() : i.bigValue();
        }
        if (o.type() == PyFloat.TYPE) {
            return ((PyFloat) o).value;
        }
        if (o.type() == PyStr.TYPE) {
            return ((PyStr) o).asString();
        }
        if (o.type() == PyBytes.TYPE) {
            return ((PyBytes) o).toByteArray();
        }
        if (o.type() == PyList.TYPE || o.type() == PyTuple.TYPE) {
            List<Object> out = new ArrayList<>();
            PyObject it = Abstract.getIter(o);
            for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
                out.add(toJava(item));
            }
            return out;
        }
        if (o.type() == PyDict.TYPE) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (PyDict.Entry e : ((PyDict) o).entries()) {
                out.put(toJava(e.key()), toJava(e.value()));
            }
            return out;
        }
        return o;
    }
}
