package org.sanca.objects;

/**
 * Python's bool, a subclass of int with the two instances True and False.
 * CPython: Objects/boolobject.c.
 */
public final class PyBool extends PyInt {
    /** bool; its base (int) is filled in by finishInit, as int may still be initialising. */
    public static final PyType TYPE = new PyType("bool", null, PyType.LONG_SUBCLASS);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? PyInt.TRUE : PyInt.FALSE;
    }

    static PyBool make(long v) {
        return new PyBool(v);
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
        TYPE.nb[PyNumber.AND] = logical(0, (v, w) -> IntOps.bitop(v, w, 0));
        TYPE.nb[PyNumber.OR] = logical(1, (v, w) -> IntOps.bitop(v, w, 1));
        TYPE.nb[PyNumber.XOR] = logical(2, (v, w) -> IntOps.bitop(v, w, 2));
        if (PyInt.TYPE != null) finishInit();
    }

    /** Links bool to int and readies it, once both classes have their type objects. */
    static synchronized void finishInit() {
        if (TYPE == null || TYPE.base != null || PyInt.TYPE == null) return;
        TYPE.base = PyInt.TYPE;
        TYPE.ready();
    }
}
