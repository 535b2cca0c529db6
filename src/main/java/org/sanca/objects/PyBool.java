package org.sanca.objects;

/**
 * Python's bool, a subclass of int with the two instances True and False.
 * CPython: Objects/boolobject.c.
 */
public final class PyBool extends PyInt {
    public static final PyType TYPE = new PyType("bool", PyInt.TYPE, PyType.LONG_SUBCLASS);
    static final PyBool TRUE = new PyBool(1);
    static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return value != 0 ? "True" : "False";
    }

    private static Slots.BinaryFunc logical(int op, Slots.BinaryFunc intOp) {
        return (v, w) -> {
            if (v instanceof PyBool a && w instanceof PyBool b) {
                boolean x = a.value != 0, y = b.value != 0;
                return of(op == 0 ? x & y : op == 1 ? x | y : x ^ y);
            }
            return intOp.call(v, w);
        };
    }

    static {
        TYPE.tp_repr = o -> PyStr.of(((PyBool) o).value != 0 ? "True" : "False");
        TYPE.tp_new = (t, a, o, n, k) -> {
            Args.noKeywords("bool", k);
            Args.range("bool", n, 0, 1);
            return of(n > 0 && Abstract.isTrue(a[o]));
        };
        TYPE.nb[PyNumber.AND] = logical(0, PyInt.TYPE.nb[PyNumber.AND]);
        TYPE.nb[PyNumber.OR] = logical(1, PyInt.TYPE.nb[PyNumber.OR]);
        TYPE.nb[PyNumber.XOR] = logical(2, PyInt.TYPE.nb[PyNumber.XOR]);
        TYPE.ready();
    }
}
