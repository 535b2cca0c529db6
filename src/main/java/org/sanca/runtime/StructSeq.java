package org.sanca.runtime;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.TypeObject;

/**
 * Named-tuple-like result types (sys.version_info, os.stat_result, ...): tuple subclasses whose
 * items are also attributes and whose repr names them. The first {@code n_sequence_fields} fields are
 * the tuple's items (some may be unnamed, as stat_result's integer times); the others are attributes
 * only, kept in the instance's dict.
 * CPython: Objects/structseq.c.
 */
public final class StructSeq {
    private StructSeq() {}

    /** A type's fields: how many are items, and the attribute-only ones' names as dict keys. */
    private record Layout(int visible, String[] fields, PyStr[] keys) {}

    private static final java.util.Map<PyType, Layout> LAYOUTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The layout of a struct sequence type or of the one it derives from. */
    private static Layout layout(PyType t) {
        Layout l = LAYOUTS.get(t);
        while (l == null) {
            t = t.getBase();
            l = LAYOUTS.get(t);
        }
        return l;
    }

    /** A struct sequence type called {@code module.name} whose fields are all items. */
    public static PyType type(String module, String name, String... fields) {
        return type(module, name, fields.length, fields);
    }

    /**
     * A struct sequence type called {@code module.name}: the first {@code visible} fields are items
     * (a null name is an unnamed field), the rest are attributes only.
     */
    public static PyType type(String module, String name, int visible, String... fields) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of(module));
        int unnamed = 0;
        java.util.List<PyObject> matchArgs = new java.util.ArrayList<>();
        java.util.List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) {
                unnamed++;
                continue;
            }
            named.add(fields[i]);
            if (i < visible) matchArgs.add(PyStr.of(fields[i]));
        }
        ns.setItem(PyStr.of("n_fields"), PyInt.of(fields.length));
        ns.setItem(PyStr.of("n_sequence_fields"), PyInt.of(visible));
        ns.setItem(PyStr.of("n_unnamed_fields"), PyInt.of(unnamed));
        ns.setItem(PyStr.of("__match_args__"), PyTuple.of(matchArgs.toArray(new PyObject[0])));
        PyType t = TypeObject.newType(name, PyTuple.of(PyTuple.TYPE), ns);
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) continue;
            int index = i;
            PyStr key = PyStr.of(fields[i]);
            t.addGetter(fields[i], i < visible ? s -> ((PyTuple) s).get(index) : s -> hidden(s, key));
            if (i >= visible) key.hash();
        }
        String qualified = module.equals("builtins") ? name : module + "." + name;
        String[] labels = named.toArray(new String[0]);
        t.flags &= ~PyType.BASETYPE;
        t.tp_repr = s -> repr(qualified, labels, (PyTuple) s);
        t.tp_new = (type, a, o, n, k) -> construct(type, qualified, a, o, n, k);
        t.addMethod("__reduce__", (s, a, o, n, k) -> reduce(s));
        t.modified();
        PyStr[] keys = new PyStr[fields.length];
        for (int i = visible; i < fields.length; i++) keys[i] = PyStr.of(fields[i]);
        LAYOUTS.put(t, new Layout(visible, fields.clone(), keys));
        return t;
    }

    private static PyObject hidden(PyObject s, PyStr key) {
        PyDict d = s.getDict();
        PyObject v = d == null ? null : d.getItem(key);
        return v == null ? Py.None : v;
    }

    /** structseq_repr: each item labelled with the named fields in order (CPython's quirk included). */
    private static PyObject repr(String prefix, String[] labels, PyTuple t) {
        StringBuilder sb = new StringBuilder(prefix).append('(');
        for (int i = 0; i < t.size() && i < labels.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(labels[i]).append('=')
              .append(Abstract.repr(t.get(i)).asString());
        }
        return PyStr.of(sb.append(')').toString());
    }

    /** structseq_new(type, sequence, dict=None). */
    private static PyObject construct(PyType type, String qualified, PyObject[] a, int o, int n, PyTuple k) {
        Layout l = layout(type);
        int visible = l.visible;
        String[] fields = l.fields;
        PyObject[] args = Args.parse(qualified, a, o, n, k, new String[] {"sequence", "dict"}, 1);
        PyTuple seq = sequence(args[0]);
        PyObject dict = args[1] == null ? Py.None : args[1];
        if (dict != Py.None && !(dict instanceof PyDict))
            throw PyErr.format(PyExc.TypeError, "%.500s() takes a dict as second arg, if any", qualified);
        int len = seq.size(), max = fields.length;
        if (len < visible || len > max) {
            if (visible == max)
                throw PyErr.format(PyExc.TypeError, "%.500s() takes a %d-sequence (%d-sequence given)", qualified,
                    visible, len);
            throw PyErr.format(PyExc.TypeError, "%.500s() takes an %s %d-sequence (%d-sequence given)", qualified,
                len < visible ? "at least" : "at most", len < visible ? visible : max, len);
        }
        PyObject[] all = new PyObject[max];
        for (int i = 0; i < max; i++) {
            PyObject v = i < len ? seq.get(i) : dict instanceof PyDict d ? d.getItem(l.keys[i]) : null;
            all[i] = v == null ? Py.None : v;
        }
        return build(type, l, all);
    }

    /** PySequence_Fast(o, "constructor requires a sequence"). */
    private static PyTuple sequence(PyObject o) {
        if (o instanceof PyTuple t) return t;
        PyObject it;
        try {
            it = Abstract.getIter(o);
        } catch (org.sanca.objects.PyException e) {
            if (e.matches(PyExc.TypeError)) throw PyErr.format(PyExc.TypeError, "constructor requires a sequence");
            throw e;
        }
        return PyTuple.fromIterable(it);
    }

    private static PyObject build(PyType type, Layout l, PyObject[] all) {
        PyObject[] items = java.util.Arrays.copyOf(all, l.visible);
        PyObject r = PyTuple.TYPE.tp_new.call(type, new PyObject[] {PyTuple.wrap(items)}, 0, 1, null);
        PyDict d = r.getDict();
        for (int i = l.visible; i < all.length; i++) d.setItem(l.keys[i], all[i]);
        return r;
    }

    private static PyObject reduce(PyObject s) {
        Layout l = layout(s.type());
        PyTuple t = (PyTuple) s;
        PyObject[] items = new PyObject[l.visible];
        for (int i = 0; i < l.visible; i++) items[i] = t.get(i);
        PyDict d = new PyDict();
        for (int i = l.visible; i < l.fields.length; i++) d.setItem(l.keys[i], hidden(s, l.keys[i]));
        return PyTuple.of(s.type(), PyTuple.of(PyTuple.wrap(items), d));
    }

    /** An instance of a struct sequence type: all its fields' values, items first. */
    public static PyObject make(PyType type, PyObject... values) {
        Layout l = layout(type);
        if (l.visible == values.length) {
            return PyTuple.TYPE.tp_new.call(type, new PyObject[] {PyTuple.of(values)}, 0, 1, null);
        }
        return build(type, l, values);
    }
}
