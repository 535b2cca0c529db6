package org.sanca.vm;

import static org.sanca.bytecode.Opcode.*;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyException;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PySet;
import org.sanca.objects.PySlice;
import org.sanca.objects.PyStr;
import org.sanca.objects.RecursionGuard;
import org.sanca.objects.PyTuple;

/**
 * The bodies of the eval loop's instructions that are more than a few stack moves: names,
 * attributes, operators, containers, unpacking, functions, with. Each takes the stack array and
 * pointer where it changes the stack and returns the new pointer.
 * CPython: Python/ceval.c (the TARGET(...) bodies and their helpers).
 */
final class EvalOps {
    private EvalOps() {}

    private static final PyStr ENTER = PyStr.of("__enter__"), EXIT = PyStr.of("__exit__"),
            AENTER = PyStr.of("__aenter__"), AEXIT = PyStr.of("__aexit__");

    // ---- errors ------------------------------------------------------------------------------

    /** LOAD_FAST/DELETE_FAST of an unbound local (or a cell/free variable: NameError). */
    static PyException unboundLocal(ExecCode x, int i) {
        return Errors.unboundLocal(x.localName(i));
    }

    static PyException unknownOpcode(ExecCode x, int op) {
        return Errors.systemError("unknown opcode " + op + " in " + x.pycode.getQualname());
    }

    // ---- names -------------------------------------------------------------------------------

    /**
     * LOAD_GLOBAL at instruction {@code at}: served from the instruction's cache while the
     * globals and builtins dicts are unchanged (their version tags), as 3.11's
     * LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN do; else looked up and cached.
     */
    static PyObject loadGlobal(PyFrame f, PyObject name, int at) {
        ExecCode.GlobalEntry e = f.exec.globalEntry(at);
        PyDict g = f.globals;
        if (e != null && e.valid(g)) return e.value();
        PyObject v = g.getItem(name);
        if (v != null) {
            f.exec.setGlobalEntry(at, new ExecCode.GlobalEntry(g, g.version(), null, 0, v));
            return v;
        }
        v = loadGlobal(f, name);
        if (f.builtins instanceof PyDict b && b.getClass() == PyDict.class) {
            f.exec.setGlobalEntry(at, new ExecCode.GlobalEntry(g, g.version(), b, b.version(), v));
        }
        return v;
    }

    /** LOAD_GLOBAL's lookup: globals, then builtins; else NameError. */
    static PyObject loadGlobal(PyFrame f, PyObject name) {
        PyObject v = f.globals.getItem(name);
        if (v == null) {
            v = Builtins.lookup(f.builtins, name);
            if (v == null) throw Errors.nameError(name);
        }
        return v;
    }

    static void deleteGlobal(PyFrame f, PyObject name) {
        if (f.globals.getItem(name) == null) throw Errors.nameError(name);
        f.globals.delItem(name);
    }

    /** LOAD_NAME: locals, globals, builtins. */
    static PyObject loadName(PyFrame f, PyObject name) {
        PyObject locals = f.locals;
        if (locals == null) throw Errors.systemError("no locals when loading " + Errors.repr(name));
        PyObject v = Protocols.mappingGet(locals, name);
        return v != null ? v : loadGlobal(f, name);
    }

    static void storeName(PyFrame f, PyObject name, PyObject v) {
        PyObject locals = f.locals;
        if (locals == null) throw Errors.systemError("no locals found when storing " + Errors.repr(name));
        Abstract.setItem(locals, name, v);
    }

    static void deleteName(PyFrame f, PyObject name) {
        PyObject locals = f.locals;
        if (locals == null) throw Errors.systemError("no locals when deleting " + Errors.repr(name));
        if (!Protocols.mappingDelete(locals, name)) throw Errors.nameError(name);
    }

    /** LOAD_DEREF: the cell's contents, or NameError when empty. */
    static PyObject loadDeref(ExecCode x, PyObject[] s, int i) {
        PyObject v = ((PyCell) s[i]).contents;
        if (v == null) throw Errors.unboundDeref(x, i);
        return v;
    }

    static void deleteDeref(ExecCode x, PyObject[] s, int i) {
        PyCell c = (PyCell) s[i];
        if (c.contents == null) throw Errors.unboundDeref(x, i);
        c.contents = null;
    }

    /** LOAD_CLASSDEREF: the class body's locals mapping first, then the cell. */
    static PyObject loadClassDeref(PyFrame f, int i) {
        PyObject name = f.exec.localsNames[i];
        PyObject v = Protocols.mappingGet(f.locals, name);
        return v != null ? v : loadDeref(f.exec, f.localsplus, i);
    }

    // ---- attributes --------------------------------------------------------------------------

    /** STORE_ATTR / DELETE_ATTR (value null). */
    static void setAttr(PyObject o, PyObject name, PyObject v) {
        Abstract.setAttr(o, (PyStr) name, v);
    }

    /** LOAD_METHOD: owner -> method, self (an unbound method found on the type) | NULL, attr. */
    static int loadMethod(PyObject[] s, int sp, PyObject name) {
        PyObject owner = s[sp - 1];
        PyObject[] out = new PyObject[1];
        if (Abstract.getMethod(owner, (PyStr) name, out)) {
            s[sp - 1] = out[0];
            s[sp] = owner;
        } else {
            s[sp - 1] = null;
            s[sp] = out[0];
        }
        return sp + 1;
    }

    // ---- operators ---------------------------------------------------------------------------

    /**
     * BINARY_OP for the operators Specialize leaves generic, with exact-int fast paths for
     * %, //, /, &amp;, |, ^, &lt;&lt; and &gt;&gt; and exact-float ones for / (what the slots compute,
     * without their dispatch).
     */
    static PyObject binaryOp(int oparg, PyObject a, PyObject b) {
        if (smallInts(a, b)) {
            PyObject r = smallIntOp(oparg, lv(a), lv(b));
            if (r != null) return r;
        } else if (floats(a, b) && (oparg == NB_TRUE_DIVIDE || oparg == NB_INPLACE_TRUE_DIVIDE)) {
            double q = fv(b);
            if (q != 0) return PyFloat.of(fv(a) / q);
        }
        return PyNumber.binaryOp(a, b, oparg);
    }

    /** An int operation on two longs, or null when it needs the general path (overflow, zero divisor). */
    private static PyObject smallIntOp(int oparg, long p, long q) {
        switch (oparg) {
            case NB_REMAINDER, NB_INPLACE_REMAINDER -> {
                if (q != 0) return PyInt.of(q == -1 ? 0 : Math.floorMod(p, q));
            }
            case NB_FLOOR_DIVIDE, NB_INPLACE_FLOOR_DIVIDE -> {
                if (q != 0 && !(p == Long.MIN_VALUE && q == -1)) return PyInt.of(Math.floorDiv(p, q));
            }
            case NB_TRUE_DIVIDE, NB_INPLACE_TRUE_DIVIDE -> {
                // both exact as doubles, so one division rounds once, as CPython's long_true_divide
                if (q != 0 && Math.abs(p) < 1L << 53 && Math.abs(q) < 1L << 53) return PyFloat.of((double) p / q);
            }
            case NB_AND, NB_INPLACE_AND -> { return PyInt.of(p & q); }
            case NB_OR, NB_INPLACE_OR -> { return PyInt.of(p | q); }
            case NB_XOR, NB_INPLACE_XOR -> { return PyInt.of(p ^ q); }
            case NB_RSHIFT, NB_INPLACE_RSHIFT -> {
                if (q >= 0) return PyInt.of(q > 63 ? (p < 0 ? -1 : 0) : p >> q);
            }
            case NB_LSHIFT, NB_INPLACE_LSHIFT -> {
                if (q >= 0 && q < 63 && (p << q) >> q == p) return PyInt.of(p << q);
            }
            default -> { }
        }
        return null;
    }

    /** Whether a and b are exact ints within a long (the fast paths' operands). */
    private static boolean smallInts(PyObject a, PyObject b) {
        return a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).fitsLong() && ((PyInt) b).fitsLong();
    }

    private static boolean floats(PyObject a, PyObject b) {
        return a.getClass() == PyFloat.class && b.getClass() == PyFloat.class;
    }

    private static long lv(PyObject i) {
        return ((PyInt) i).longValue();
    }

    private static double fv(PyObject f) {
        return ((PyFloat) f).value;
    }

    /** BINARY_OP_ADD_INT/_FLOAT/_UNICODE: + and += with 3.11's exact int, float and str fast paths (oparg says which). */
    static PyObject add(int oparg, PyObject a, PyObject b) {
        if (smallInts(a, b)) {
            long p = lv(a), q = lv(b), r = p + q;
            if (((p ^ r) & (q ^ r)) >= 0) return PyInt.of(r);
        } else if (floats(a, b)) {
            return PyFloat.of(fv(a) + fv(b));
        } else if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return PyStr.concat((PyStr) a, (PyStr) b);
        }
        return PyNumber.binaryOp(a, b, oparg);
    }

    /** BINARY_OP_SUBTRACT_INT: - and -= with the exact int and float fast paths. */
    static PyObject subtract(int oparg, PyObject a, PyObject b) {
        if (smallInts(a, b)) {
            long p = lv(a), q = lv(b), r = p - q;
            if (((p ^ q) & (p ^ r)) >= 0) return PyInt.of(r);
        } else if (floats(a, b)) {
            return PyFloat.of(fv(a) - fv(b));
        }
        return PyNumber.binaryOp(a, b, oparg);
    }

    /** BINARY_OP_MULTIPLY_INT: * and *= with the exact int and float fast paths. */
    static PyObject multiply(int oparg, PyObject a, PyObject b) {
        if (smallInts(a, b)) {
            long p = lv(a), q = lv(b), r = p * q;
            if (Math.multiplyHigh(p, q) == (r >> 63)) return PyInt.of(r);
        } else if (floats(a, b)) {
            return PyFloat.of(fv(a) * fv(b));
        }
        return PyNumber.binaryOp(a, b, oparg);
    }

    /** COMPARE_OP, with the exact-int fast path (COMPARE_OP_INT_JUMP's comparison). */
    static PyObject compare(PyObject a, PyObject b, int op) {
        if (smallInts(a, b)) return outcome(op, Long.compare(lv(a), lv(b)));
        if (floats(a, b)) {
            double x = fv(a), y = fv(b);
            if (x != x || y != y) return op == Abstract.NE ? Py.True : Py.False; // NaN: unordered
            return outcome(op, x < y ? -1 : x > y ? 1 : 0);
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            // 3.11 specialises == and != on strs (COMPARE_OP_STR_JUMP); ordering goes through
            // PyObject_RichCompare, whose recursion check is kept
            if (op == Abstract.EQ || op == Abstract.NE) return (a == b || a.equals(b)) == (op == Abstract.EQ) ? Py.True : Py.False;
            RecursionGuard g = RecursionGuard.current();
            g.enter(RecursionGuard.COMPARISON);
            try {
                return outcome(op, PyStr.compare((PyStr) a, (PyStr) b));
            } finally {
                g.leave();
            }
        }
        return Abstract.richCompare(a, b, op);
    }

    /** The bool comparison op gives for operands ordered as c (negative, zero, positive). */
    private static PyObject outcome(int op, int c) {
        boolean r = switch (op) {
            case Abstract.LT -> c < 0;
            case Abstract.LE -> c <= 0;
            case Abstract.EQ -> c == 0;
            case Abstract.NE -> c != 0;
            case Abstract.GT -> c > 0;
            default -> c >= 0;
        };
        return r ? Py.True : Py.False;
    }

    static boolean contains(PyObject container, PyObject item) {
        return Abstract.contains(container, item);
    }

    static PyObject unary(int op, PyObject v) {
        return switch (op) {
            case UNARY_NOT -> isTrue(v) ? Py.False : Py.True;
            case UNARY_NEGATIVE -> PyNumber.negative(v);
            case UNARY_POSITIVE -> PyNumber.positive(v);
            default -> PyNumber.invert(v);
        };
    }

    static boolean isTrue(PyObject v) {
        if (v == Py.True) return true;
        if (v == Py.False || v == Py.None) return false;
        return Abstract.isTrue(v);
    }

    /** Whether a POP_JUMP_*_IF_* instruction jumps for value {@code v}. */
    static boolean popJumpTaken(int op, PyObject v) {
        return switch (op) {
            case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE -> !isTrue(v);
            case POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE -> isTrue(v);
            case POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE -> v == Py.None;
            default -> v != Py.None;
        };
    }

    /** Whether a POP_JUMP_*_IF_TRUE/FALSE jumps on a true value. */
    static boolean jumpsIfTrue(int op) {
        return op == POP_JUMP_FORWARD_IF_TRUE || op == POP_JUMP_BACKWARD_IF_TRUE;
    }

    static boolean isBackward(int op) {
        return op == POP_JUMP_BACKWARD_IF_FALSE || op == POP_JUMP_BACKWARD_IF_TRUE
                || op == POP_JUMP_BACKWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NOT_NONE;
    }

    // ---- items -------------------------------------------------------------------------------

    /** BINARY_SUBSCR, with 3.11's list[int] and tuple[int] fast paths (in range only). */
    static PyObject getItem(PyObject o, PyObject key) {
        if (key.getClass() == PyInt.class && ((PyInt) key).fitsLong()) {
            long i = ((PyInt) key).longValue();
            if (o.getClass() == PyList.class) {
                PyList l = (PyList) o;
                int n = l.size();
                if (i < 0) i += n;
                if (i >= 0 && i < n) return l.get((int) i);
            } else if (o.getClass() == PyTuple.class) {
                PyTuple t = (PyTuple) o;
                int n = t.size();
                if (i < 0) i += n;
                if (i >= 0 && i < n) return t.get((int) i);
            }
        }
        return Abstract.getItem(o, key);
    }

    static void setItem(PyObject o, PyObject key, PyObject v) {
        Abstract.setItem(o, key, v);
    }

    static void delItem(PyObject o, PyObject key) {
        Abstract.delItem(o, key);
    }

    static PyObject len(PyObject o) {
        return PyInt.of(Abstract.len(o));
    }

    // ---- building containers -----------------------------------------------------------------

    /** BUILD_TUPLE/LIST/SET/STRING n: n items -> container; LIST_TO_TUPLE: list -> tuple. */
    static int build(int op, PyObject[] s, int sp, int n) {
        if (op == LIST_TO_TUPLE) {
            s[sp - 1] = Protocols.listToTuple(s[sp - 1]);
            return sp;
        }
        int base = sp - n;
        PyObject r = switch (op) {
            case BUILD_TUPLE -> Protocols.tupleFrom(s, base, n);
            case BUILD_LIST -> Protocols.listFrom(s, base, n);
            case BUILD_SET -> Protocols.setFrom(s, base, n);
            default -> Protocols.joinStrings(s, base, n);
        };
        return replace(s, sp, n, r);
    }

    /** Pops {@code n} values and pushes {@code r}; returns the new stack pointer. */
    static int replace(PyObject[] s, int sp, int n, PyObject r) {
        int base = sp - n;
        for (int i = sp - 1; i > base; i--) s[i] = null;
        s[base] = r;
        return base + 1;
    }

    /** BUILD_MAP n: k1, v1, ..., kn, vn -> dict. */
    static int buildMap(PyObject[] s, int sp, int n) {
        PyDict d = new PyDict();
        int base = sp - 2 * n;
        for (int i = base; i < sp; i += 2) d.setItem(s[i], s[i + 1]);
        return replace(s, sp, 2 * n, d);
    }

    /** BUILD_CONST_KEY_MAP n: v1, ..., vn, keys tuple -> dict. */
    static int buildConstKeyMap(PyObject[] s, int sp, int n) {
        PyTuple keys = (PyTuple) s[sp - 1];
        PyDict d = new PyDict();
        int base = sp - 1 - n;
        for (int i = 0; i < n; i++) d.setItem(keys.get(i), s[base + i]);
        return replace(s, sp, n + 1, d);
    }

    /** BUILD_SLICE 2|3: start, stop[, step] -> slice. */
    static int buildSlice(PyObject[] s, int sp, int n) {
        PyObject step = n == 3 ? s[sp - 1] : Py.None;
        return replace(s, sp, n, new PySlice(s[sp - n], s[sp - n + 1], step));
    }

    /** LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE i: adds TOS to the i-th item. */
    static int addTo(int op, PyObject[] s, int sp, int i) {
        PyObject v = s[--sp];
        s[sp] = null;
        PyObject target = s[sp - i];
        switch (op) {
            case LIST_APPEND -> ((PyList) target).append(v);
            case SET_ADD -> ((PySet) target).addItem(v);
            case LIST_EXTEND -> Protocols.listExtend(target, v);
            case SET_UPDATE -> Protocols.setUpdate(target, v);
            default -> Protocols.dictUpdate(target, v);
        }
        return sp;
    }

    /** MAP_ADD i: key, value -> (added to the i-th dict); DICT_MERGE i: merges TOS as **kwargs. */
    static int mapAdd(int op, PyObject[] s, int sp, int i) {
        if (op == MAP_ADD) {
            PyObject v = s[--sp];
            PyObject k = s[--sp];
            s[sp] = s[sp + 1] = null;
            ((PyDict) s[sp - i]).setItem(k, v);
            return sp;
        }
        PyObject update = s[--sp];
        s[sp] = null;
        Protocols.dictMerge(s[sp - i], update, s[sp - i - 2]);
        return sp;
    }

    // ---- unpacking ---------------------------------------------------------------------------

    /** UNPACK_SEQUENCE n: seq -> item n-1, ..., item 0 (item 0 on top). */
    static int unpackSequence(PyObject[] s, int sp, int n) {
        PyObject[] items = Protocols.unpack(s[sp - 1], n, -1);
        int base = sp - 1;
        for (int i = 0; i < n; i++) s[base + i] = items[n - 1 - i];
        return base + n;
    }

    /** UNPACK_EX (after | before &lt;&lt; 8): seq -> after items, starred list, before items. */
    static int unpackEx(PyObject[] s, int sp, int oparg) {
        int before = oparg & 0xff;
        int after = oparg >> 8;
        int n = before + 1 + after;
        PyObject[] items = Protocols.unpack(s[sp - 1], before, after);
        int base = sp - 1;
        for (int i = 0; i < n; i++) s[base + i] = items[n - 1 - i];
        return base + n;
    }

    // ---- iteration ---------------------------------------------------------------------------

    static PyObject getIter(PyObject o) {
        return Abstract.getIter(o);
    }

    /** The next item, or null when exhausted. */
    static PyObject next(PyObject iter) {
        return Abstract.next(iter);
    }

    /** GET_YIELD_FROM_ITER: generators stay; coroutines only inside coroutines; else iter(). */
    static PyObject getYieldFromIter(ExecCode x, PyObject o) {
        if (o instanceof PyCoroutine) {
            if (!x.hasFlag(PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return o;
        }
        return o instanceof PyGenerator ? o : Abstract.getIter(o);
    }

    // ---- functions and classes ---------------------------------------------------------------

    /**
     * MAKE_FUNCTION flags: [defaults], [kwdefaults], [annotations], [closure], code -> function.
     * The qualified name is co_qualname.
     */
    static int makeFunction(PyFrame f, PyObject[] s, int sp, int flags) {
        PyCode code = (PyCode) s[--sp];
        PyFunction fn = new PyFunction(f.exec.child(code), f.globals, null);
        if ((flags & 8) != 0) fn.closure = (PyTuple) s[--sp];
        if ((flags & 4) != 0) fn.annotations = Functions.annotationsFromTuple(s[--sp]);
        if ((flags & 2) != 0) fn.kwdefaults = (PyDict) s[--sp];
        if ((flags & 1) != 0) fn.defaults = (PyTuple) s[--sp];
        for (int i = sp + Integer.bitCount(flags & 15); i >= sp; i--) s[i] = null;
        s[sp] = fn;
        return sp + 1;
    }

    static PyObject loadBuildClass(PyFrame f) {
        PyObject bc = Builtins.lookup(f.builtins, PyStr.of("__build_class__"));
        if (bc == null) throw PyErr.format(PyExc.NameError, "__build_class__ not found");
        return bc;
    }

    /** SETUP_ANNOTATIONS: __annotations__ = {} in the locals mapping unless present. */
    static void setupAnnotations(PyFrame f) {
        PyObject key = PyStr.of("__annotations__");
        if (f.locals == null) throw Errors.systemError("no locals found when setting up annotations");
        if (Protocols.mappingGet(f.locals, key) == null) Abstract.setItem(f.locals, key, new PyDict());
    }

    static PyObject assertionError() {
        return Errors.assertionErrorType();
    }

    /** FORMAT_VALUE flags: value[, spec] -> str (conversion in flags &amp; 3, spec if flags &amp; 4). */
    static int formatValue(PyObject[] s, int sp, int flags) {
        PyObject spec = (flags & 4) != 0 ? s[--sp] : null;
        if (spec != null) s[sp] = null;
        PyObject v = s[sp - 1];
        switch (flags & 3) {
            case 1 -> v = Abstract.str(v);
            case 2 -> v = Abstract.repr(v);
            case 3 -> v = Abstract.ascii(v);
            default -> { }
        }
        s[sp - 1] = spec == null && v.getClass() == PyStr.class ? v : Abstract.format(v, spec == null ? PyStr.EMPTY : (PyStr) spec);
        return sp;
    }

    /** PRINT_EXPR: the interactive display hook. */
    static void printExpr(PyObject v) {
        Builtins.displayHook(v);
    }

    // ---- with --------------------------------------------------------------------------------

    /**
     * BEFORE_WITH / BEFORE_ASYNC_WITH: mgr -> bound __exit__ (or __aexit__), result of __enter__
     * (or __aenter__).
     */
    static int beforeWith(PyObject[] s, int sp, boolean async) {
        PyObject mgr = s[sp - 1];
        PyObject enter = Abstract.lookupSpecial(mgr, async ? AENTER : ENTER);
        if (enter == null) throw Errors.withProtocol(mgr, async, false);
        PyObject exit = Abstract.lookupSpecial(mgr, async ? AEXIT : EXIT);
        if (exit == null) throw Errors.withProtocol(mgr, async, true);
        s[sp - 1] = exit;
        s[sp] = Abstract.call(enter);
        return sp + 1;
    }

    /** WITH_EXCEPT_START: exit, lasti, prev_exc, exc -> ..., exit(type(exc), exc, tb). */
    static PyObject withExceptStart(PyObject[] s, int sp) {
        PyObject exc = s[sp - 1];
        PyObject exit = s[sp - 4];
        return Abstract.call(exit, exc.type(), exc, Errors.tracebackOrNone(exc));
    }
}
