package org.sanca.vm;

import static org.sanca.bytecode.Opcode.MATCH_MAPPING;

import java.util.ArrayList;
import java.util.List;
import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyByteArray;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyObject;
import org.sanca.objects.PySet;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * The structural pattern matching instructions: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and
 * MATCH_CLASS. CPython: Python/ceval.c (match_keys, match_class, match_class_attr).
 */
final class Match {
    private Match() {}

    /** MATCH_MAPPING / MATCH_SEQUENCE: subject -> subject, whether its type is a mapping/sequence. */
    static PyObject matchKind(int op, PyObject subject) {
        boolean r = op == MATCH_MAPPING ? Protocols.hasTypeFlag(subject, PyType.MAPPING) : Protocols.hasTypeFlag(subject, PyType.SEQUENCE);
        return r ? Py.True : Py.False;
    }

    /** MATCH_KEYS: subject, keys -> subject, keys, tuple of values | None if a key is missing. */
    static PyObject matchKeys(PyObject subject, PyObject keysObj) {
        PyTuple keys = (PyTuple) keysObj;
        int n = keys.size();
        if (n == 0) return PyTuple.EMPTY;
        PyObject get = Abstract.getAttr(subject, PyStr.of("get"));
        PyObject dummy = new PyCell(null);
        PyObject[] values = new PyObject[n];
        List<PyObject> seen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PyObject key = keys.get(i);
            for (PyObject k : seen) {
                if (Abstract.equals(k, key)) {
                    throw Errors.valueError("mapping pattern checks duplicate key (" + Errors.repr(key) + ")");
                }
            }
            seen.add(key);
            PyObject v = Abstract.call(get, key, dummy);
            if (v == dummy) return Py.None;
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    /** MATCH_CLASS count: subject, type, kw names -> tuple of attributes | None. */
    static int matchClass(PyObject[] s, int sp, int count) {
        PyObject names = s[--sp];
        PyObject type = s[--sp];
        s[sp] = s[sp + 1] = null;
        s[sp - 1] = matchClass(s[sp - 1], type, count, (PyTuple) names);
        return sp;
    }

    private static PyObject matchClass(PyObject subject, PyObject type, int nargs, PyTuple kwargs) {
        if (!(type instanceof PyType)) throw Errors.typeError("called match pattern must be a type");
        if (!Abstract.isInstance(subject, type)) return Py.None;
        List<PyObject> attrs = new ArrayList<>();
        List<PyObject> seen = new ArrayList<>();
        String tname = Protocols.typeNameOfType(type);
        if (nargs > 0) {
            PyObject matchArgs = Abstract.lookupAttr(type, "__match_args__");
            boolean matchSelf = false;
            int allowed;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple)) {
                    throw Errors.typeError(tname + ".__match_args__ must be a tuple (got " + Protocols.typeName(matchArgs) + ")");
                }
                allowed = ((PyTuple) matchArgs).size();
            } else {
                matchSelf = matchesSelf((PyType) type);
                allowed = matchSelf ? 1 : 0;
            }
            if (allowed < nargs) {
                throw Errors.typeError(tname + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (matchSelf) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = ((PyTuple) matchArgs).get(i);
                    if (!(name instanceof PyStr)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + Protocols.typeName(name) + ")");
                    }
                    if (!addAttr(subject, name, tname, seen, attrs)) return Py.None;
                }
            }
        }
        for (int i = 0; i < kwargs.size(); i++) {
            if (!addAttr(subject, kwargs.get(i), tname, seen, attrs)) return Py.None;
        }
        return PyTuple.of(attrs.toArray(new PyObject[0]));
    }

    /** The builtin types whose single positional sub-pattern matches the subject itself. */
    private static final PyType[] MATCH_SELF_TYPES = {PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyDict.TYPE,
        PyFloat.TYPE, PyFrozenSet.TYPE, PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE};

    /** _Py_TPFLAGS_MATCH_SELF, also for builtin types that do not carry the flag. */
    private static boolean matchesSelf(PyType t) {
        if (t.hasFlag(PyType.MATCH_SELF)) return true;
        for (PyType m : MATCH_SELF_TYPES) {
            if (t.isSubtype(m)) return true;
        }
        return false;
    }

    private static boolean addAttr(PyObject subject, PyObject name, String tname, List<PyObject> seen,
                                   List<PyObject> attrs) {
        for (PyObject n : seen) {
            if (n.equals(name)) {
                throw Errors.typeError(tname + "() got multiple sub-patterns for attribute " + Errors.repr(name));
            }
        }
        seen.add(name);
        PyObject v = Abstract.lookupAttr(subject, (PyStr) name);
        if (v == null) return false;
        attrs.add(v);
        return true;
    }
}
