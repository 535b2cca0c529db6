package org.sanca.runtime;

import org.sanca.vm.Calls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * The import system as builtins.__import__ runs it: sys.modules, the modules written in Java,
 * then .py source files (modules and packages) found on sys.path or a package's __path__.
 * CPython: Python/import.c (PyImport_ImportModuleLevelObject) with the part of
 * Lib/importlib/_bootstrap.py that finds and loads source files, in Java.
 */
public final class Importer {
    private Importer() {}

    /** __import__(name, globals, locals, fromlist, level). */
    public static PyObject importModuleLevel(String name, PyObject globals, PyObject fromlist, int level) {
        if (level < 0) {
            throw PyErr.format(PyExc.ValueError, "level must be >= 0");
        }
        String absName = level > 0 ? resolveName(name, globals, level) : name;
        if (absName.isEmpty()) {
            throw PyErr.format(PyExc.ValueError, "Empty module name");
        }
        PyObject module = importDotted(absName);
        boolean hasFromlist = fromlist != null && fromlist != Py.None && Abstract.isTrue(fromlist);
        if (!hasFromlist) {
            if (level == 0 || !name.isEmpty()) {
                int dot = name.indexOf('.');
                if (dot < 0) {
                    return module;
                }
                String top = level == 0 ? name.substring(0, dot)
                    : absName.substring(0, absName.length() - (name.length() - dot));
                return moduleOf(top);
            }
            return module;
        }
        handleFromlist(module, absName, fromlist);
        return module;
    }

    private static PyObject moduleOf(String name) {
        PyObject m = PySystemState.current().modules().getItem(PyStr.of(name));
        return m == null ? importDotted(name) : m;
    }

    /** The absolute name of a relative import from the module whose globals are given. */
    private static String resolveName(String name, PyObject globals, int level) {
        if (!(globals instanceof PyDict g)) {
            throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
        }
        PyObject pkg = g.getItemStr(PyStr.of("__package__"));
        String base;
        if (pkg instanceof PyStr p) {
            base = p.asString();
        } else {
            PyObject modName = g.getItemStr(PyStr.of("__name__"));
            if (!(modName instanceof PyStr n)) {
                throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
            }
            base = n.asString();
            if (g.getItemStr(PyStr.of("__path__")) == null) {
                int dot = base.lastIndexOf('.');
                base = dot < 0 ? "" : base.substring(0, dot);
            }
        }
        if (base.isEmpty()) {
            throw PyErr.format(PyExc.ImportError, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErr.format(PyExc.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports every prefix of a dotted name; returns the last module. */
    static PyObject importDotted(String name) {
        PyDict modules = PySystemState.current().modules();
        PyObject found = modules.getItem(PyStr.of(name));
        if (found != null) {
            if (found == Py.None) {
                throw notFound(name);
            }
            return found;
        }
        int dot = name.lastIndexOf('.');
        PyObject parent = null;
        PyObject searchPath;
        if (dot >= 0) {
            parent = importDotted(name.substring(0, dot));
            found = modules.getItem(PyStr.of(name));
            if (found != null) {
                return found;
            }
            searchPath = Abstract.lookupAttr(parent, "__path__");
            if (searchPath == null) {
                PyException e = PyErr.format(PyExc.ModuleNotFoundError, "No module named '%s'; '%s' is not a package",
                    name, name.substring(0, dot));
                Abstract.setAttr(e.value, "name", PyStr.of(name));
                throw e;
            }
        } else {
            searchPath = PySystemState.current().sysModule().getDict().getItemStr(PyStr.of("path"));
        }
        PyObject module = load(name, searchPath);
        if (parent != null) {
            Abstract.setAttr(parent, name.substring(dot + 1), module);
        }
        return module;
    }

    private static PyException notFound(String name) {
        PyException e = PyErr.format(PyExc.ModuleNotFoundError, "No module named '%s'", name);
        Abstract.setAttr(e.value, "name", PyStr.of(name));
        return e;
    }

    private static PyObject load(String name, PyObject searchPath) {
        PySystemState state = PySystemState.current();
        PyModule builtin = state.createBuiltin(name);
        if (builtin != null) {
            state.modules().setItem(PyStr.of(name), builtin);
            return builtin;
        }
        String last = name.substring(name.lastIndexOf('.') + 1);
        Path[] where = findSource(last, searchPath);
        if (where == null) {
            throw notFound(name);
        }
        return execSourceModule(name, where[0], where[1]);
    }

    /** The source file of module {@code last} and, for a package, its directory; null if absent. */
    static Path[] findSource(String last, PyObject searchPath) {
        if (searchPath == null || searchPath == Py.None) {
            return null;
        }
        PyObject it = Abstract.getIter(searchPath);
        for (PyObject entry = Abstract.next(it); entry != null; entry = Abstract.next(it)) {
            if (!(entry instanceof PyStr s)) {
                continue;
            }
            Path dir = Path.of(s.asString().isEmpty() ? "." : s.asString());
            Path pkg = dir.resolve(last);
            Path init = pkg.resolve("__init__.py");
            if (Files.isRegularFile(init)) {
                return new Path[] {init, pkg};
            }
            Path file = dir.resolve(last + ".py");
            if (Files.isRegularFile(file)) {
                return new Path[] {file, null};
            }
        }
        return null;
    }

    /** Creates module {@code name} from a source file and runs it, as SourceFileLoader does. */
    static PyObject execSourceModule(String name, Path file, Path packageDir) {
        PySystemState state = PySystemState.current();
        PyModule module = new PyModule(name);
        PyDict d = module.getDict();
        String filename = file.toAbsolutePath().normalize().toString();
        d.setItem(PyStr.of("__file__"), PyStr.of(filename));
        d.setItem(PyStr.of("__cached__"), PyStr.of(BytecodeCache.cachePath(Path.of(filename), state.optimizeLevel()).toString()));
        d.setItem(PyStr.of("__builtins__"), state.builtinsModule());
        d.setItem(PyStr.of("__loader__"), Py.None);
        d.setItem(PyStr.of("__spec__"), Py.None);
        if (packageDir != null) {
            d.setItem(PyStr.of("__path__"), new PyList(new PyObject[] {
                PyStr.of(packageDir.toAbsolutePath().normalize().toString())}));
            d.setItem(PyStr.of("__package__"), PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            d.setItem(PyStr.of("__package__"), PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        state.modules().setItem(PyStr.of(name), module);
        try {
            PyCode code = BytecodeCache.code(file, filename, () -> readSource(file, filename), state.optimizeLevel(),
                    BytecodeCache.mayWrite(state));
            Calls.evalCode(code, d, d);
        } catch (PyException e) {
            state.modules().delItemIfPresent(PyStr.of(name));
            throw e;
        }
        PyObject result = state.modules().getItem(PyStr.of(name));
        return result == null ? module : result;
    }

    private static byte[] readSource(Path file, String filename) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw PyErr.format(PyExc.ImportError, "cannot read %s: %s", filename, String.valueOf(e.getMessage()));
        }
    }

    private static void handleFromlist(PyObject module, String name, PyObject fromlist) {
        if (Abstract.lookupAttr(module, "__path__") == null) {
            return;
        }
        PyObject it = Abstract.getIter(fromlist instanceof PyTuple || fromlist instanceof PyList ? fromlist
            : PyList.fromIterable(fromlist));
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if (!(item instanceof PyStr s)) {
                throw PyErr.format(PyExc.TypeError, "Item in %s.__all__ must be str, not %s", name,
                    PyErr.typeName(item));
            }
            String sub = s.asString();
            if (sub.equals("*")) {
                PyObject all = Abstract.lookupAttr(module, "__all__");
                if (all != null) {
                    handleFromlist(module, name, all);
                }
            } else if (Abstract.lookupAttr(module, sub) == null) {
                String fromName = name + "." + sub;
                try {
                    importDotted(fromName);
                } catch (PyException e) {
                    // only a submodule that does not exist is passed over, not one whose own imports fail
                    PyObject missing = e.matches(PyExc.ModuleNotFoundError) ? Abstract.lookupAttr(e.value, "name") : null;
                    if (!(missing instanceof PyStr m) || !m.asString().equals(fromName)) {
                        throw e;
                    }
                }
            }
        }
    }
}
