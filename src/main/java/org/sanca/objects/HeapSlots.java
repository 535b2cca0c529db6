package org.sanca.objects;

import org.sanca.objects.Slots.*;

/**
 * Slot functions of classes defined in Python: each calls the dunder method found on the class.
 * CPython: Objects/typeobject.c (slot_tp_repr, slot_nb_add via SLOT1BINFULL, slot_tp_getattr_hook, ...).
 */
final class HeapSlots {
    private HeapSlots() {}

    /** lookup_maybe_method + call: calls the dunder found on type(self), or returns null if there is none. */
    static PyObject callDunder(PyObject self, String name, PyObject... args) {
        PyObject d = self.type().lookup(name);
        if (d == null) return null;
        return callFound(d, self, args);
    }

    /** Calls a descriptor found on type(self) as a method of self. */
    static PyObject callFound(PyObject d, PyObject self, PyObject... args) {
        PyType dt = d.type();
        if (dt.hasFlag(PyType.METHOD_DESCRIPTOR)) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            return Abstract.call(d, a, 0, a.length, null);
        }
        PyObject f = dt.tp_descr_get == null ? d : dt.tp_descr_get.get(d, self, self.type());
        return Abstract.call(f, args, 0, args.length, null);
    }

    /** Like callDunder, raising AttributeError when the dunder has gone. */
    static PyObject callRequired(PyObject self, String name, PyObject... args) {
        PyObject r = callDunder(self, name, args);
        if (r == null) throw PyErr.format(PyExc.AttributeError, "%s", name);
        return r;
    }

    static UnaryFunc unary(String name) {
        return self -> callRequired(self, name);
    }

    /** slot_tp_iter: __iter__ = None makes instances explicitly not iterable. */
    static PyObject iter(PyObject self) {
        PyObject d = self.type().lookup("__iter__");
        if (d == Py.None) throw PyErr.format(PyExc.TypeError, "'%.200s' object is not iterable", PyErr.typeName(self));
        return callRequired(self, "__iter__");
    }

    static long hash(PyObject self) {
        PyObject d = self.type().lookup("__hash__");
        if (d == null || d == Py.None) throw Abstract.unhashable(self);
        PyObject r = callFound(d, self);
        if (!(r instanceof PyInt i)) throw PyErr.format(PyExc.TypeError, "__hash__ method should return an integer");
        long h = i.fitsLong() ? i.value : IntOps.hash(i);
        return h == -1 ? -2 : h;
    }

    static PyObject call(PyObject self, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyObject d = self.type().lookup("__call__");
        if (d == null) throw PyErr.format(PyExc.TypeError, "'%.200s' object is not callable", PyErr.typeName(self));
        RecursionGuard g = RecursionGuard.current();
        g.enter(RecursionGuard.CALL);
        try {
            return callWith(d, self, args, off, nargs, kw);
        } finally {
            g.leave();
        }
    }

    /** Calls d (found on type(self)) as a method of self with vectorcall arguments. */
    static PyObject callWith(PyObject d, PyObject self, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyType dt = d.type();
        if (dt.hasFlag(PyType.METHOD_DESCRIPTOR)) {
            Slots.MethodCall m = Slots.pythonMethodCall;
            PyObject r = m == null ? null : m.call(d, self, args, off, nargs, kw);
            if (r != null) return r;
            int nk = kw == null ? 0 : kw.size();
            PyObject[] a = new PyObject[nargs + nk + 1];
            a[0] = self;
            System.arraycopy(args, off, a, 1, nargs + nk);
            return Abstract.call(d, a, 0, nargs + 1, kw);
        }
        PyObject f = dt.tp_descr_get == null ? d : dt.tp_descr_get.get(d, self, self.type());
        return Abstract.call(f, args, off, nargs, kw);
    }

    /** slot_tp_getattr_hook: __getattribute__, then __getattr__ on AttributeError. */
    static PyObject getattro(PyObject self, PyObject name) {
        PyType t = self.type();
        PyObject getattr = t.lookup("__getattr__");
        PyObject getattribute = t.lookup("__getattribute__");
        if (getattr == null) return callGetattribute(getattribute, self, name);
        try {
            return callGetattribute(getattribute, self, name);
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) throw e;
            return callFound(getattr, self, name);
        }
    }

    private static PyObject callGetattribute(PyObject getattribute, PyObject self, PyObject name) {
        if (getattribute == null || getattribute instanceof PyWrapperDescr w && w.slot == TypeObject.GENERIC_GETATTR)
            return TypeObject.genericGetAttr(self, (PyStr) name, false);
        return callFound(getattribute, self, name);
    }

    static void setattro(PyObject self, PyObject name, PyObject value) {
        if (value == null) callRequired(self, "__delattr__", name);
        else callRequired(self, "__setattr__", name, value);
    }

    private static final String[] CMP = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static PyObject richcompare(PyObject self, PyObject other, int op) {
        PyObject r = callDunder(self, CMP[op], other);
        return r == null ? Py.NotImplemented : r;
    }

    static PyObject iternext(PyObject self) {
        try {
            return callRequired(self, "__next__");
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) return null;
            throw e;
        }
    }

    static PyObject descrGet(PyObject self, PyObject obj, PyObject type) {
        return callRequired(self, "__get__", obj == null ? Py.None : obj, type == null ? Py.None : type);
    }

    static void descrSet(PyObject self, PyObject obj, PyObject value) {
        if (value == null) callRequired(self, "__delete__", obj);
        else callRequired(self, "__set__", obj, value);
    }

    static void init(PyObject self, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyObject d = self.type().lookup("__init__");
        PyObject r = callWith(d, self, args, off, nargs, kw);
        if (r != Py.None)
            throw PyErr.format(PyExc.TypeError, "__init__() should return None, not '%.200s'", PyErr.typeName(r));
    }

    /** slot_tp_new: type.__new__(type, *args, **kw). */
    static PyObject newObject(PyType type, PyObject[] args, int off, int nargs, PyTuple kw) {
        PyObject func = Abstract.getAttr(type, "__new__");
        int nk = kw == null ? 0 : kw.size();
        PyObject[] a = new PyObject[nargs + nk + 1];
        a[0] = type;
        System.arraycopy(args, off, a, 1, nargs + nk);
        return Abstract.call(func, a, 0, nargs + 1, kw);
    }

    static boolean bool(PyObject self) {
        PyObject r = callRequired(self, "__bool__");
        if (r instanceof PyBool) return r == Py.True;
        throw PyErr.format(PyExc.TypeError, "__bool__ should return bool, returned %.200s", PyErr.typeName(r));
    }

    static int len(PyObject self) {
        PyObject r = callRequired(self, "__len__");
        PyInt i = PyNumber.index(r);
        if (i.signum() < 0) throw PyErr.format(PyExc.ValueError, "__len__() should return >= 0");
        if (!i.fitsLong() || i.value > Integer.MAX_VALUE)
            throw PyErr.format(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
        return (int) i.value;
    }

    static PyObject getitem(PyObject self, PyObject key) {
        return callRequired(self, "__getitem__", key);
    }

    static void setitem(PyObject self, PyObject key, PyObject value) {
        if (value == null) callRequired(self, "__delitem__", key);
        else callRequired(self, "__setitem__", key, value);
    }

    static boolean contains(PyObject self, PyObject item) {
        PyObject d = self.type().lookup("__contains__");
        if (d == Py.None)
            throw PyErr.format(PyExc.TypeError, "'%.200s' object is not a container", PyErr.typeName(self));
        if (d == null) return Abstract.iterSearch(self, item);
        return Abstract.isTrue(callFound(d, self, item));
    }

    /** SLOT1BINFULL: the heap slot for a binary operator, dispatching to __op__ or __rop__. */
    static BinaryFunc binary(String name, String rname, int op) {
        BinaryFunc[] self_ = new BinaryFunc[1];
        self_[0] = (v, w) -> {
            BinaryFunc me = self_[0];
            PyType vt = v.type(), wt = w.type();
            boolean doOther = vt != wt && wt.nb[op] == me;
            if (vt.nb[op] == me) {
                if (doOther && wt.isSubtype(vt) && overloaded(vt, wt, rname)) {
                    PyObject r = callDunder(w, rname, v);
                    if (r != null && r != Py.NotImplemented) return r;
                    doOther = false;
                }
                PyObject r = callDunder(v, name, w);
                if (r != null && (r != Py.NotImplemented || wt == vt)) return r;
            }
            if (doOther) {
                PyObject r = callDunder(w, rname, v);
                if (r != null) return r;
            }
            return Py.NotImplemented;
        };
        return self_[0];
    }

    /** method_is_overloaded: whether subtype wt defines rname differently from its base vt. */
    private static boolean overloaded(PyType vt, PyType wt, String rname) {
        PyObject b = wt.lookup(rname);
        if (b == null) return false;
        return b != vt.lookup(rname);
    }

    static BinaryFunc inplace(String name) {
        return (v, w) -> {
            PyObject r = callDunder(v, name, w);
            return r == null ? Py.NotImplemented : r;
        };
    }

    /** slot_nb_power with a modulus: only __pow__ of the left operand takes three arguments. */
    static final TernaryFunc POWER3 = HeapSlots::power3;

    private static PyObject power3(PyObject v, PyObject w, PyObject mod) {
        if (mod == Py.None) return PyNumber.binaryOp1(v, w, PyNumber.POWER);
        if (v.type().nb_power == POWER3) {
            PyObject r = callDunder(v, "__pow__", w, mod);
            if (r != null) return r;
        }
        return Py.NotImplemented;
    }
}
