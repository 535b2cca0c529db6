package org.sanca.vm;

import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;

/**
 * A cell: the box holding a variable shared between a function and the closures nested in it.
 * CPython: Objects/cellobject.c.
 */
public final class PyCell extends PyObject {
    public static final PyType TYPE = new PyType("cell");

    static {
        TYPE.tp_repr = o -> {
            PyObject v = ((PyCell) o).contents;
            String what = v == null ? "empty" : PyErr.typeName(v) + " object at " + Py.idHex(v);
            return PyStr.of("<cell at " + Py.idHex(o) + ": " + what + ">");
        };
        TYPE.addGetSet("cell_contents", o -> {
            PyObject v = ((PyCell) o).contents;
            if (v == null) throw PyErr.format(PyExc.ValueError, "Cell is empty");
            return v;
        }, (o, v) -> ((PyCell) o).contents = v);
        TYPE.tp_richcompare = (v, w, op) -> {
            if (!(w instanceof PyCell wc)) return Py.NotImplemented;
            PyObject a = ((PyCell) v).contents, b = wc.contents;
            if (a != null && b != null) return org.sanca.objects.Abstract.richCompare(a, b, op);
            int c = Boolean.compare(b == null, a == null);
            return org.sanca.objects.PyBool.of(switch (op) {
                case org.sanca.objects.Abstract.LT -> c < 0;
                case org.sanca.objects.Abstract.LE -> c <= 0;
                case org.sanca.objects.Abstract.EQ -> c == 0;
                case org.sanca.objects.Abstract.NE -> c != 0;
                case org.sanca.objects.Abstract.GT -> c > 0;
                default -> c >= 0;
            });
        };
        TYPE.put("__hash__", Py.None);
        TYPE.tp_new = (t, a, o, n, k) -> {
            Args.noKeywords("cell", k);
            Args.range("cell", n, 0, 1);
            return new PyCell(n == 1 ? a[o] : null);
        };
        TYPE.ready();
    }

    /** The variable's value, or null while unbound ("cell is empty"). */
    PyObject contents;

    public PyCell(PyObject contents) {
        this.contents = contents;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** cell_contents, or null when empty. */
    public PyObject get() {
        return contents;
    }

    /** Sets cell_contents; null empties the cell. */
    public void set(PyObject v) {
        contents = v;
    }
}
