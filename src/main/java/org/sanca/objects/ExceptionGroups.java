package org.sanca.objects;

import static org.sanca.objects.PyBaseException.self;

import java.util.ArrayList;
import java.util.List;

import org.sanca.objects.Slots.*;

/**
 * BaseExceptionGroup and ExceptionGroup: message, exceptions, derive, split and subgroup.
 * CPython: Objects/exceptions.c (BaseExceptionGroup_new, exceptiongroup_split_recursive).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    static void init() {
        PyType t = PyExc.BaseExceptionGroup;
        t.tp_new = ExceptionGroups::newGroup;
        t.tp_init = (s, a, o, n, k) -> Args.noKeywords(s.type().getName(), k);
        t.tp_str = s -> {
            PyBaseException e = self(s);
            int count = ((PyTuple) e.getAttrField("exceptions")).size();
            return PyStr.of(Abstract.str(e.getAttrField("message")).value + " (" + count + " sub-exception"
                    + (count > 1 ? "s" : "") + ")");
        };
        readonly(t, "message");
        readonly(t, "exceptions");
        t.addMethod("derive", (MethO) (s, excs) -> Abstract.call(PyExc.BaseExceptionGroup, self(s).getAttrField("message"), excs));
        t.addMethod("split", (MethO) (s, cond) -> {
            PyObject[] r = split(s, matcher(cond), true);
            return PyTuple.of(r[0] == null ? Py.None : r[0], r[1] == null ? Py.None : r[1]);
        });
        t.addMethod("subgroup", (MethO) (s, cond) -> {
            PyObject[] r = split(s, matcher(cond), false);
            return r[0] == null ? Py.None : r[0];
        });
        t.addClassMethod("__class_getitem__", (s, a, o, n, k) -> PyGenericAlias.of(s, a[o]));
        // ExceptionGroup is made as a heap class in CPython (PyErr_NewException), with these two
        PyExc.ExceptionGroup.getDict().setItem(PyStr.of("__module__"), PyStr.of("builtins"));
        PyExc.ExceptionGroup.addGetter("__weakref__", o -> Py.None);
    }

    /** PySequence_Check: indexable and not a dict. */
    public static boolean isSequence(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple
                || o.type().mp_subscript != null && !o.type().isSubtype(PyDict.TYPE);
    }

    /** A read-only member (T_OBJECT, READONLY). */
    private static void readonly(PyType t, String name) {
        t.addGetSet(name, o -> self(o).getAttrField(name), (o, v) -> {
            throw PyErr.format(PyExc.AttributeError, "readonly attribute");
        });
    }

    private static PyObject newGroup(PyType type, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(type.getName(), k);
        if (n != 2)
            throw PyErr.format(PyExc.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", n);
        if (!(a[o] instanceof PyStr))
            throw PyErr.format(PyExc.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                    PyErr.typeName(a[o]));
        PyObject seq = a[o + 1];
        if (!isSequence(seq))
            throw PyErr.format(PyExc.TypeError, "second argument (exceptions) must be a sequence");
        PyTuple excs = PyTuple.fromIterable(seq);
        if (excs.size() == 0) throw PyErr.format(PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence");
        boolean allExceptions = true;
        for (int i = 0; i < excs.size(); i++) {
            PyObject e = excs.get(i);
            if (!(e instanceof PyBaseException))
                throw PyErr.format(PyExc.ValueError, "Item %d of second argument (exceptions) is not an exception", i);
            allExceptions &= e.type().isSubtype(PyExc.Exception);
        }
        if (type == PyExc.BaseExceptionGroup) {
            if (allExceptions) type = PyExc.ExceptionGroup;
        } else if (type == PyExc.ExceptionGroup) {
            if (!allExceptions) throw PyErr.format(PyExc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (!allExceptions && type.isSubtype(PyExc.Exception)) {
            throw PyErr.format(PyExc.TypeError, "Cannot nest BaseExceptions in '%.200s'", type.getName());
        }
        PyBaseException g = PyExc.instantiate(type);
        g.args = PyTuple.of(a[o], seq);
        g.setAttrField("message", a[o]);
        g.setAttrField("exceptions", excs);
        return g;
    }

    /** A predicate for split/subgroup: an exception type, a tuple of types, or a callable. */
    public interface Matcher {
        boolean matches(PyObject exc);
    }

    /** The matcher for split()'s argument, as get_matcher_type does. */
    public static Matcher matcher(PyObject cond) {
        if (!(cond instanceof PyType) && cond.type().tp_call != null) return e -> Abstract.isTrue(Abstract.call(cond, e));
        if (cond instanceof PyType t && t.isSubtype(PyExc.BaseException)) return e -> e.type().isSubtype(t);
        if (cond.type() == PyTuple.TYPE) {
            PyTuple tup = (PyTuple) cond;
            for (PyObject c : tup.items)
                if (!(c instanceof PyType ct && ct.isSubtype(PyExc.BaseException)))
                    throw PyErr.format(PyExc.TypeError, "expected a function, exception type or tuple of exception types");
            return e -> Abstract.isInstance(e, tup);
        }
        throw PyErr.format(PyExc.TypeError, "expected a function, exception type or tuple of exception types");
    }

    /** exceptiongroup_split_recursive: {match, rest}, either null when empty. */
    public static PyObject[] split(PyObject exc, Matcher m, boolean withRest) {
        if (m.matches(exc)) return new PyObject[] {exc, null};
        if (!exc.type().isSubtype(PyExc.BaseExceptionGroup)) return new PyObject[] {null, withRest ? exc : null};
        PyTuple excs = (PyTuple) self(exc).getAttrField("exceptions");
        List<PyObject> match = new ArrayList<>(), rest = new ArrayList<>();
        for (PyObject e : excs.items) {
            PyObject[] r = split(e, m, withRest);
            if (r[0] != null) match.add(r[0]);
            if (r[1] != null) rest.add(r[1]);
        }
        return new PyObject[] {derived(exc, match), withRest ? derived(exc, rest) : null};
    }

    private static PyObject derived(PyObject eg, List<PyObject> items) {
        if (items.isEmpty()) return null;
        PyObject g = Abstract.callMethod(eg, "derive", new PyList(items.toArray(new PyObject[0])));
        if (!(g instanceof PyBaseException ge))
            throw PyErr.format(PyExc.TypeError, "derive must return an instance of BaseExceptionGroup");
        PyBaseException src = self(eg);
        ge.traceback = src.traceback;
        ge.cause = src.cause;
        ge.context = src.context;
        PyObject notes = Abstract.lookupAttr(eg, "__notes__");
        if (notes != null && isSequence(notes))
            Abstract.setAttr(g, "__notes__", new PyList(Iterators.toArray(notes)));
        return g;
    }
}
