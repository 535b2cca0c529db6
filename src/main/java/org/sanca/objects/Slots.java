package org.sanca.objects;

/**
 * The shapes of type slots and builtin functions, as Java functional interfaces.
 * CPython: Include/cpython/object.h (unaryfunc, binaryfunc, ...) and methodobject.h (PyCFunction).
 *
 * <p>Calls use one vectorcall-style shape everywhere: the positional arguments are
 * {@code args[offset .. offset+nargs)}, followed by the values of the keyword arguments whose
 * names are in {@code kwnames} (null when there are none).
 */
public final class Slots {
    private Slots() {}

    /** unaryfunc: tp_repr, tp_str, tp_iter, tp_iternext (null at exhaustion), nb_negative, ... */
    @FunctionalInterface
    public interface UnaryFunc {
        PyObject call(PyObject o);
    }

    /** binaryfunc: nb_add ... nb_matrix_multiply, their in-place forms, mp_subscript, tp_getattro. */
    @FunctionalInterface
    public interface BinaryFunc {
        PyObject call(PyObject a, PyObject b);
    }

    /** ternaryfunc: nb_power with its optional modulus (None when absent). */
    @FunctionalInterface
    public interface TernaryFunc {
        PyObject call(PyObject a, PyObject b, PyObject c);
    }

    /** hashfunc: tp_hash (never -1 on success). */
    @FunctionalInterface
    public interface HashFunc {
        long hash(PyObject o);
    }

    /** richcmpfunc: tp_richcompare; op is one of the Abstract.LT .. Abstract.GE constants. */
    @FunctionalInterface
    public interface RichCmpFunc {
        PyObject compare(PyObject a, PyObject b, int op);
    }

    /** setattrofunc / objobjargproc: tp_setattro, mp_ass_subscript, tp_descr_set; value null deletes. */
    @FunctionalInterface
    public interface SetFunc {
        void set(PyObject o, PyObject key, PyObject value);
    }

    /** descrgetfunc: tp_descr_get; obj is null when looked up on the type itself. */
    @FunctionalInterface
    public interface DescrGetFunc {
        PyObject get(PyObject descr, PyObject obj, PyObject type);
    }

    /** vectorcallfunc: tp_call. */
    @FunctionalInterface
    public interface CallFunc {
        PyObject call(PyObject callable, PyObject[] args, int offset, int nargs, PyTuple kwnames);
    }

    /** newfunc: tp_new, receiving the type to instantiate. */
    @FunctionalInterface
    public interface NewFunc {
        PyObject call(PyType type, PyObject[] args, int offset, int nargs, PyTuple kwnames);
    }

    /** initproc: tp_init. */
    @FunctionalInterface
    public interface InitFunc {
        void init(PyObject self, PyObject[] args, int offset, int nargs, PyTuple kwnames);
    }

    /** inquiry: nb_bool. */
    @FunctionalInterface
    public interface BoolFunc {
        boolean test(PyObject o);
    }

    /** lenfunc: sq_length / mp_length. */
    @FunctionalInterface
    public interface LenFunc {
        int len(PyObject o);
    }

    /** objobjproc: sq_contains. */
    @FunctionalInterface
    public interface ContainsFunc {
        boolean contains(PyObject container, PyObject item);
    }

    /**
     * A builtin's body of any shape, as calls reach it once the callable is known (CALL's specialised
     * forms, PRECALL_BUILTIN_FAST / PRECALL_NO_KW_BUILTIN_O / PRECALL_NO_KW_METHOD_DESCRIPTOR_*, and
     * the vectorcalls after their own guard): each shape checks its arguments and counts a recursion
     * level as its METH_ flags make CPython do. Compiled code calls this per call site, so the JVM
     * sees one body there and inlines it.
     */
    public interface BuiltinBody {
        PyObject callBody(String qualname, PyObject self, PyObject[] a, int o, int n, PyTuple k);

        /** The check of a body that takes no keyword arguments. */
        static void noKeywords(String qualname, PyTuple k) {
            if (k != null && k.size() > 0) throw PyErr.format(PyExc.TypeError, "%s() takes no keyword arguments", qualname);
        }
    }

    /** METH_NOARGS builtin: f(self). */
    @FunctionalInterface
    public interface MethNoArgs extends BuiltinBody {
        PyObject call(PyObject self);

        @Override
        default PyObject callBody(String qualname, PyObject self, PyObject[] a, int o, int n, PyTuple k) {
            BuiltinBody.noKeywords(qualname, k);
            if (n != 0) throw PyErr.format(PyExc.TypeError, "%s() takes no arguments (%d given)", qualname, n);
            RecursionGuard g = RecursionGuard.current();
            g.enter(RecursionGuard.CALL);
            try {
                return call(self);
            } finally {
                g.leave();
            }
        }
    }

    /** METH_O builtin: f(self, arg). */
    @FunctionalInterface
    public interface MethO extends BuiltinBody {
        PyObject call(PyObject self, PyObject arg);

        @Override
        default PyObject callBody(String qualname, PyObject self, PyObject[] a, int o, int n, PyTuple k) {
            BuiltinBody.noKeywords(qualname, k);
            if (n != 1) throw PyErr.format(PyExc.TypeError, "%s() takes exactly one argument (%d given)", qualname, n);
            RecursionGuard g = RecursionGuard.current();
            g.enter(RecursionGuard.CALL);
            try {
                return call(self, a[o]);
            } finally {
                g.leave();
            }
        }
    }

    /** METH_FASTCALL | METH_KEYWORDS builtin: f(self, args, offset, nargs, kwnames). */
    @FunctionalInterface
    public interface MethFast extends BuiltinBody {
        PyObject call(PyObject self, PyObject[] args, int offset, int nargs, PyTuple kwnames);

        @Override
        default PyObject callBody(String qualname, PyObject self, PyObject[] a, int o, int n, PyTuple k) {
            return call(self, a, o, n, k);
        }
    }

    /** A getset descriptor's getter. */
    @FunctionalInterface
    public interface Getter {
        PyObject get(PyObject self);
    }

    /** A getset descriptor's setter; value null deletes. */
    @FunctionalInterface
    public interface Setter {
        void set(PyObject self, PyObject value);
    }

    /** Calls func as a method of self (vectorcall arguments), or returns null to leave it to the general path. */
    public interface MethodCall {
        PyObject call(PyObject func, PyObject self, PyObject[] args, int off, int nargs, PyTuple kw);
    }

    /** The vm's direct call of Python functions as methods (Calls.callMethod), which class slots use. */
    public static volatile MethodCall pythonMethodCall;
}
