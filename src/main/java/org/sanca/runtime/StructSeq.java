package org.sanca.runtime;

import org.sanca.objects.Abstract;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.TypeObject;

/**
 * Named-tuple-like result types (sys.version_info, sys.flags, ...): tuple subclasses whose
 * items are also attributes and whose repr names them.
 * CPython: Objects/structseq.c.
 */
public final class StructSeq {
    private StructSeq() {}

    /** A struct sequence type called {@code module.name} with the given field names. */
    public static PyType type(String module, String name, String... fields) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of(module));
        PyObject[] names = new PyObject[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = PyStr.of(fields[i]);
        }
        ns.setItem(PyStr.of("n_fields"), org.sanca.objects.PyInt.of(fields.length));
        ns.setItem(PyStr.of("n_sequence_fields"), org.sanca.objects.PyInt.of(fields.length));
        ns.setItem(PyStr.of("__match_args__"), PyTuple.of(names));
        PyType t = TypeObject.newType(name, PyTuple.of(PyTuple.TYPE), ns);
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            t.addGetter(fields[i], s -> ((PyTuple) s).get(index));
        }
        String prefix = module + "." + name + "(";
        t.tp_repr = s -> repr(prefix, fields, (PyTuple) s);
        t.modified();
        return t;
    }

    private static PyObject repr(String prefix, String[] fields, PyTuple t) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < fields.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=')
              .append(Abstract.repr(t.get(i)).asString());
        }
        return PyStr.of(sb.append(')').toString());
    }

    /** An instance of a struct sequence type. */
    public static PyObject make(PyType type, PyObject... values) {
        return Abstract.call(type, PyTuple.of(values));
    }
}
