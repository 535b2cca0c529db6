package org.sanca.objects;

/**
 * The number protocol: binary and in-place operators with the reflected-operand rules, unary ops, conversions.
 * CPython: Objects/abstract.c (PyNumber_*, binary_op1, binary_iop1).
 */
public final class PyNumber {
    private PyNumber() {}

    /** Binary operators, numbered as CPython's NB_* (BINARY_OP's oparg); INPLACE + op is the in-place form. */
    public static final int ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5,
            REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12, INPLACE = 13;

    /** The operator symbols by op, as in error messages. */
    static final String[] SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^"};
    /** The dunder names by op, e.g. "add" for __add__/__radd__/__iadd__. */
    static final String[] NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift",
            "sub", "truediv", "xor"};

    /** binary_op1: tries v's and w's slots for op; NotImplemented when neither applies. */
    public static PyObject binaryOp1(PyObject v, PyObject w, int op) {
        PyType vt = v.type(), wt = w.type();
        Slots.BinaryFunc slotv = vt.nb[op], slotw = null;
        if (wt != vt) {
            slotw = wt.nb[op];
            if (slotw == slotv) slotw = null;
        }
        PyObject x;
        if (slotv != null) {
            if (slotw != null && wt.isSubtype(vt)) {
                x = slotw.call(v, w);
                if (x != Py.NotImplemented) return x;
                slotw = null;
            }
            x = slotv.call(v, w);
            if (x != Py.NotImplemented) return x;
        }
        if (slotw != null) return slotw.call(v, w);
        return Py.NotImplemented;
    }

    /** BINARY_OP: op in 0..12 for binary, 13..25 for in-place operators. */
    public static PyObject binaryOp(PyObject v, PyObject w, int op) {
        return op >= INPLACE ? inplaceOp(v, w, op - INPLACE) : binaryOpNoInplace(v, w, op);
    }

    private static PyObject binaryOpNoInplace(PyObject v, PyObject w, int op) {
        PyObject x = binaryOp1(v, w, op);
        if (x != Py.NotImplemented) return x;
        x = sequenceFallback(v, w, op);
        if (x != null) return x;
        throw unsupported(v, w, op, "");
    }

    /** The in-place form of op (op in 0..12): v's in-place slot, then the binary operator. */
    public static PyObject inplaceOp(PyObject v, PyObject w, int op) {
        Slots.BinaryFunc f = v.type().nb[op + INPLACE];
        if (f != null) {
            PyObject x = f.call(v, w);
            if (x != Py.NotImplemented) return x;
        }
        PyObject x = binaryOp1(v, w, op);
        if (x != Py.NotImplemented) return x;
        x = sequenceFallback(v, w, op);
        if (x != null) return x;
        throw unsupported(v, w, op, "=");
    }

    /** sq_concat and sq_repeat, tried after the number slots as CPython does; null if they do not apply. */
    private static PyObject sequenceFallback(PyObject v, PyObject w, int op) {
        if (op == ADD && v.type().sq_concat != null) return v.type().sq_concat.call(v, w);
        if (op == MULTIPLY) {
            if (v.type().sq_repeat != null) return repeat(v, w);
            if (w.type().sq_repeat != null) return repeat(w, v);
        }
        return null;
    }

    private static PyObject repeat(PyObject seq, PyObject n) {
        if (n.type().nb_index == null)
            throw PyErr.format(PyExc.TypeError, "can't multiply sequence by non-int of type '%.200s'", PyErr.typeName(n));
        return seq.type().sq_repeat.call(seq, PyInt.of(asSize(n, PyExc.OverflowError)));
    }

    private static PyException unsupported(PyObject v, PyObject w, int op, String suffix) {
        if (op == POWER && suffix.isEmpty())
            return PyErr.format(PyExc.TypeError, "unsupported operand type(s) for ** or pow(): '%.100s' and '%.100s'",
                    PyErr.typeName(v), PyErr.typeName(w));
        String sym = op == POWER ? "**" : SYMBOLS[op];
        if (op == RSHIFT && suffix.isEmpty() && v instanceof PyBuiltinFunction bf && bf.name.equals("print"))
            return PyErr.format(PyExc.TypeError,
                    "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'. Did you mean \"print(<message>, file=<output_stream>)\"?",
                    sym + suffix, PyErr.typeName(v), PyErr.typeName(w));
        return PyErr.format(PyExc.TypeError, "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'",
                sym + suffix, PyErr.typeName(v), PyErr.typeName(w));
    }

    public static PyObject add(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, ADD);
    }

    public static PyObject subtract(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, SUBTRACT);
    }

    public static PyObject multiply(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, MULTIPLY);
    }

    public static PyObject trueDivide(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, TRUE_DIVIDE);
    }

    public static PyObject floorDivide(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, FLOOR_DIVIDE);
    }

    public static PyObject remainder(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, REMAINDER);
    }

    public static PyObject lshift(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, LSHIFT);
    }

    public static PyObject rshift(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, RSHIFT);
    }

    public static PyObject and(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, AND);
    }

    public static PyObject or(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, OR);
    }

    public static PyObject xor(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, XOR);
    }

    public static PyObject matrixMultiply(PyObject v, PyObject w) {
        return binaryOpNoInplace(v, w, MATRIX_MULTIPLY);
    }

    /** divmod(v, w), via __divmod__/__rdivmod__. */
    public static PyObject divmod(PyObject v, PyObject w) {
        PyObject x = ternaryLike(v, w, "__divmod__", "__rdivmod__");
        if (x != null) return x;
        throw PyErr.format(PyExc.TypeError, "unsupported operand type(s) for divmod(): '%.100s' and '%.100s'",
                PyErr.typeName(v), PyErr.typeName(w));
    }

    private static PyObject ternaryLike(PyObject v, PyObject w, String name, String rname) {
        PyType vt = v.type(), wt = w.type();
        PyObject f = vt.lookup(name), rf = wt == vt ? null : wt.lookup(rname);
        if (rf != null && wt.isSubtype(vt)) {
            PyObject x = Abstract.call(rf, w, v);
            if (x != Py.NotImplemented) return x;
            rf = null;
        }
        if (f != null) {
            PyObject x = Abstract.call(f, v, w);
            if (x != Py.NotImplemented) return x;
        }
        if (rf != null) {
            PyObject x = Abstract.call(rf, w, v);
            if (x != Py.NotImplemented) return x;
        }
        return null;
    }

    /** pow(v, w, z); z is None for the two-argument form. */
    public static PyObject power(PyObject v, PyObject w, PyObject z) {
        if (z == Py.None) return binaryOpNoInplace(v, w, POWER);
        PyType vt = v.type(), wt = w.type();
        Slots.TernaryFunc slotv = vt.nb_power, slotw = wt == vt ? null : wt.nb_power;
        if (slotw == slotv) slotw = null;
        PyObject x;
        if (slotv != null) {
            if (slotw != null && wt.isSubtype(vt)) {
                x = slotw.call(v, w, z);
                if (x != Py.NotImplemented) return x;
                slotw = null;
            }
            x = slotv.call(v, w, z);
            if (x != Py.NotImplemented) return x;
        }
        if (slotw != null) {
            x = slotw.call(v, w, z);
            if (x != Py.NotImplemented) return x;
        }
        Slots.TernaryFunc slotz = z.type().nb_power;
        if (slotz != null && slotz != slotv && slotz != slotw) {
            x = slotz.call(v, w, z);
            if (x != Py.NotImplemented) return x;
        }
        throw PyErr.format(PyExc.TypeError, "unsupported operand type(s) for ** or pow(): '%.100s', '%.100s', '%.100s'",
                PyErr.typeName(v), PyErr.typeName(w), PyErr.typeName(z));
    }

    private static PyObject unary(PyObject o, Slots.UnaryFunc f, String what) {
        if (f == null) throw PyErr.format(PyExc.TypeError, "bad operand type for %s: '%.200s'", what, PyErr.typeName(o));
        return f.call(o);
    }

    public static PyObject negative(PyObject o) {
        return unary(o, o.type().nb_negative, "unary -");
    }

    public static PyObject positive(PyObject o) {
        return unary(o, o.type().nb_positive, "unary +");
    }

    public static PyObject invert(PyObject o) {
        return unary(o, o.type().nb_invert, "unary ~");
    }

    public static PyObject absolute(PyObject o) {
        return unary(o, o.type().nb_absolute, "abs()");
    }

    /** PyNumber_Index: o as an int via __index__. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) return i.getClass() == PyInt.class ? i : PyInt.exact(i);
        Slots.UnaryFunc f = o.type().nb_index;
        if (f == null)
            throw PyErr.format(PyExc.TypeError, "'%.200s' object cannot be interpreted as an integer", PyErr.typeName(o));
        PyObject r = f.call(o);
        if (r.getClass() == PyInt.class) return (PyInt) r;
        if (r instanceof PyInt ri) {
            Warnings.warn(PyExc.DeprecationWarning, String.format("__index__ returned non-int (type %.200s).  The ability "
                    + "to return an instance of a strict subclass of int is deprecated, and may be removed in a future "
                    + "version of Python.", PyErr.typeName(r)));
            return PyInt.exact(ri);
        }
        throw PyErr.format(PyExc.TypeError, "__index__ returned non-int (type %.200s)", PyErr.typeName(r));
    }

    /** Whether o supports __index__ (PyIndex_Check). */
    public static boolean isIndex(PyObject o) {
        return o.type().nb_index != null;
    }

    /**
     * PyNumber_AsSsize_t: o's __index__ as a Java long; when it does not fit, raises exc (with CPython's
     * "cannot fit 'int' into an index-sized integer"), or clamps when exc is null.
     */
    public static long asSize(PyObject o, PyType exc) {
        PyInt i = index(o);
        if (i.fitsLong()) return i.value;
        if (exc == null) return i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        throw PyErr.format(exc, "cannot fit '%.200s' into an index-sized integer", PyErr.typeName(o));
    }

    /** An index for sequences: __index__ clamped to the Java int range (IndexError beyond). */
    public static int asIndex(PyObject o) {
        long v = asSize(o, PyExc.IndexError);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)
            throw PyErr.format(PyExc.IndexError, "cannot fit '%.200s' into an index-sized integer", PyErr.typeName(o));
        return (int) v;
    }

    /** PyNumber_Long: int(o). */
    public static PyObject toInt(PyObject o) {
        return IntOps.intFromObject(o);
    }

    /** PyNumber_Float: float(o). */
    public static PyFloat toFloat(PyObject o) {
        return FloatOps.floatFromObject(o);
    }

    /** PyFloat_AsDouble: o as a double via __float__ (or __index__). */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return IntOps.toDouble(i);
        return toFloatStrict(o).value;
    }

    private static PyFloat toFloatStrict(PyObject o) {
        Slots.UnaryFunc f = o.type().nb_float;
        if (f != null) {
            PyObject r = f.call(o);
            if (r instanceof PyFloat rf) return rf;
            throw PyErr.format(PyExc.TypeError, "%.50s.__float__ returned non-float (type %.50s)", PyErr.typeName(o),
                    PyErr.typeName(r));
        }
        if (o.type().nb_index != null) return PyFloat.of(IntOps.toDouble(index(o)));
        throw PyErr.format(PyExc.TypeError, "must be real number, not %.50s", PyErr.typeName(o));
    }
}
