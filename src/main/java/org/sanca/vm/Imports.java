package org.sanca.vm;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * The import instructions: IMPORT_NAME calls builtins.__import__, IMPORT_FROM reads the name
 * from the module (or sys.modules for a submodule), IMPORT_STAR copies public names.
 * CPython: Python/ceval.c (import_name, import_from, import_all_from).
 */
final class Imports {
    private Imports() {}

    /** IMPORT_NAME name: level, fromlist -> module. */
    static int importName(PyFrame f, PyObject[] s, int sp, PyObject name) {
        PyObject fromlist = s[--sp];
        PyObject level = s[sp - 1];
        s[sp] = null;
        PyObject imp = Builtins.lookup(f.builtins, PyStr.of("__import__"));
        if (imp == null) throw Errors.importError("__import__ not found");
        PyObject locals = f.locals == null ? Py.None : f.locals;
        s[sp - 1] = Abstract.call(imp, name, f.globals, locals, fromlist, level);
        return sp;
    }

    /** IMPORT_FROM name: module -> module, module.name. */
    static PyObject importFrom(PyObject module, PyObject name) {
        PyObject v = Abstract.lookupAttr(module, (PyStr) name);
        if (v != null) return v;
        PyObject pkgname = Abstract.lookupAttr(module, "__name__");
        if (pkgname instanceof PyStr p) {
            PyObject full = PyStr.of(p.asString() + "." + ((PyStr) name).asString());
            PyObject m = Protocols.sysModule(full);
            if (m != null) return m;
        }
        throw cannotImport(module, name, pkgname);
    }

    private static RuntimeException cannotImport(PyObject module, PyObject name, PyObject pkgname) {
        String n = Errors.repr(name);
        if (!(pkgname instanceof PyStr)) {
            return Errors.importError("cannot import name " + n + " from '<unknown module name>' (unknown location)");
        }
        PyObject file = Abstract.lookupAttr(module, "__file__");
        String where = file instanceof PyStr fs ? fs.asString() : "unknown location";
        String pkg = Errors.repr(pkgname);
        PyException e = Errors.importError(Protocols.isInitializing(module)
                ? "cannot import name " + n + " from partially initialized module " + pkg
                    + " (most likely due to a circular import) (" + where + ")"
                : "cannot import name " + n + " from " + pkg + " (" + where + ")");
        e.value.setAttrField("name", pkgname);
        e.value.setAttrField("path", file instanceof PyStr ? file : Py.None);
        return e;
    }

    /** IMPORT_STAR: module -> (its __all__, or its public names, stored in the locals). */
    static int importStar(PyFrame f, PyObject[] s, int sp) {
        PyObject module = s[--sp];
        s[sp] = null;
        if (f.locals == null) throw Errors.systemError("no locals found during 'import *'");
        PyObject all = Abstract.lookupAttr(module, "__all__");
        boolean skipPrivate = all == null;
        PyObject names = all != null ? all : Protocols.keysOfModuleDict(module);
        PyObject it = Abstract.getIter(names);
        for (PyObject n; (n = Abstract.next(it)) != null; ) {
            if (!(n instanceof PyStr ns)) throw Errors.importStarNotStr(module, n, skipPrivate);
            if (skipPrivate && ns.asString().startsWith("_")) continue;
            Abstract.setItem(f.locals, n, Abstract.getAttr(module, (PyStr) n));
        }
        return sp;
    }
}
