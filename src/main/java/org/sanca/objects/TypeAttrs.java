package org.sanca.objects;

import org.sanca.objects.Slots.*;

/**
 * The attributes and methods of 'type' itself: __name__, __mro__, mro(), __subclasses__(), ...
 * CPython: Objects/typeobject.c (type_getsets, type_methods).
 */
final class TypeAttrs {
    private TypeAttrs() {}

    private static PyType self(PyObject o) {
        return (PyType) o;
    }

    private static void checkSettable(PyType t, String what) {
        if (!t.isHeapType())
            throw PyErr.format(PyExc.TypeError, "cannot set '%s' attribute of immutable type '%s'", what, t.name);
    }

    private static PyStr strValue(PyType t, PyObject v, String what) {
        checkSettable(t, what);
        if (v == null) throw PyErr.format(PyExc.TypeError, "cannot delete '%s' attribute of immutable type '%s'", what, t.name);
        if (!(v instanceof PyStr s))
            throw PyErr.format(PyExc.TypeError, "can only assign string to %s.%s, not '%s'", t.name, what, PyErr.typeName(v));
        return s;
    }

    /** type_set_bases: checks the new bases, then recomputes the MRO of t and its subclasses (undone on error). */
    private static void setBases(PyType t, PyObject v) {
        checkSettable(t, "__bases__");
        if (v == null) throw PyErr.format(PyExc.TypeError, "cannot delete '__bases__' attribute of immutable type '%s'", t.name);
        if (!(v instanceof PyTuple bases))
            throw PyErr.format(PyExc.TypeError, "can only assign tuple to %s.__bases__, not %s", t.name, PyErr.typeName(v));
        if (bases.size() == 0)
            throw PyErr.format(PyExc.TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t.name);
        for (PyObject b : bases.items) {
            if (!(b instanceof PyType bt))
                throw PyErr.format(PyExc.TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t.name,
                        PyErr.typeName(b));
            if (bt.isSubtype(t)) throw PyErr.format(PyExc.TypeError, "a __bases__ item causes an inheritance cycle");
        }
        PyType newBase = TypeNew.bestBase(bases);
        if (TypeObject.solidBase(newBase) != TypeObject.solidBase(t.base) || newBase.slotCount != t.base.slotCount)
            throw PyErr.format(PyExc.TypeError, "__bases__ assignment: '%s' %s differs from '%s'", newBase.name,
                    TypeObject.solidBase(newBase) != TypeObject.solidBase(t.base) ? "deallocator" : "object layout",
                    t.base.name);
        PyTuple oldBases = t.bases;
        PyType oldBase = t.base;
        t.bases = bases;
        t.base = newBase;
        try {
            TypeNew.remro(t);
        } catch (PyException e) {
            t.bases = oldBases;
            t.base = oldBase;
            TypeNew.remro(t);
            throw e;
        }
        for (PyObject b : oldBases.items) ((PyType) b).removeSubclass(t);
        for (PyObject b : bases.items) ((PyType) b).addSubclass(t);
        SlotDefs.fixupSlots(t);
    }

    static void init(PyType t) {
        t.addGetSet("__name__", o -> PyStr.of(shortName(self(o))), (o, v) -> self(o).name = strValue(self(o), v, "__name__").value);
        t.addGetSet("__qualname__", o -> PyStr.of(self(o).qualname),
                (o, v) -> self(o).qualname = strValue(self(o), v, "__qualname__").value);
        t.addGetSet("__module__", TypeAttrs::module, (o, v) -> {
            checkSettable(self(o), "__module__");
            self(o).getDict().setItem(PyStr.of("__module__"), v);
        });
        t.addGetter("__dict__", o -> new PyMappingProxy(self(o).getDict()));
        t.addGetSet("__mro__", o -> TypeObject.mroEntry(self(o)), (o, v) -> {
            throw PyErr.format(PyExc.AttributeError, "readonly attribute");
        });
        t.addGetSet("__bases__", o -> self(o).bases, (o, v) -> setBases(self(o), v));
        t.addGetter("__base__", o -> self(o).base == null ? Py.None : self(o).base);
        t.addGetter("__basicsize__", o -> PyInt.of(16));
        t.addGetter("__itemsize__", o -> PyInt.of(0));
        t.addGetter("__dictoffset__", o -> PyInt.of(self(o).instanceDict ? 16 : 0));
        t.addGetter("__weakrefoffset__", o -> PyInt.of(self(o).lookup("__weakref__") != null ? 24 : 0));
        t.addGetter("__flags__", o -> PyInt.of(self(o).flags));
        t.addGetter("__text_signature__", o -> Py.None);
        t.addGetSet("__doc__", o -> {
            if (!self(o).isHeapType()) {
                // type_get_doc: a static type's tp_doc comes first
                PyObject doc = Docstrings.of(self(o).getName());
                if (doc != Py.None) return doc;
            }
            PyObject d = self(o).getDict().getItemStr(PyStr.of("__doc__"));
            if (d == null) return Py.None;
            DescrGetFunc f = d.type().tp_descr_get;
            return f == null ? d : f.get(d, null, o);
        }, (o, v) -> {
            checkSettable(self(o), "__doc__");
            self(o).getDict().setItem(PyStr.of("__doc__"), v == null ? Py.None : v);
        });
        t.addGetSet("__abstractmethods__", o -> {
            PyObject v = o == PyType.TYPE ? null : self(o).getDict().getItemStr(PyStr.of("__abstractmethods__"));
            if (v == null) throw PyErr.format(PyExc.AttributeError, "__abstractmethods__");
            return v;
        }, (o, v) -> {
            PyType ty = self(o);
            if (v == null) {
                if (ty.getDict().delItemIfPresent(PyStr.of("__abstractmethods__")) == null)
                    throw PyErr.format(PyExc.AttributeError, "__abstractmethods__");
                ty.flags &= ~PyType.IS_ABSTRACT;
            } else {
                ty.getDict().setItem(PyStr.of("__abstractmethods__"), v);
                if (Abstract.isTrue(v)) ty.flags |= PyType.IS_ABSTRACT;
                else ty.flags &= ~PyType.IS_ABSTRACT;
            }
            ty.modified();
        });
        t.addGetSet("__annotations__", o -> {
            PyType ty = self(o);
            if (!ty.isHeapType())
                throw PyErr.format(PyExc.AttributeError, "type object '%s' has no attribute '__annotations__'", ty.name);
            PyObject a = ty.getDict().getItemStr(PyStr.of("__annotations__"));
            if (a == null) {
                a = new PyDict();
                ty.getDict().setItem(PyStr.of("__annotations__"), a);
            }
            DescrGetFunc f = a.type().tp_descr_get;
            return f == null ? a : f.get(a, null, o);
        }, (o, v) -> {
            checkSettable(self(o), "__annotations__");
            if (v == null) self(o).getDict().delItemIfPresent(PyStr.of("__annotations__"));
            else self(o).getDict().setItem(PyStr.of("__annotations__"), v);
            self(o).modified();
        });
        t.addMethod("mro", (MethNoArgs) o -> new PyList(TypeNew.c3orChain(self(o))));
        t.addMethod("__subclasses__", (MethNoArgs) o -> {
            PyList l = new PyList();
            for (PyType s : self(o).subclasses()) l.append(s);
            return l;
        });
        t.addMethod("__instancecheck__", (MethO) (o, inst) -> PyBool.of(Abstract.recursiveIsInstance(inst, o)));
        t.addMethod("__subclasscheck__", (MethO) (o, sub) -> PyBool.of(Abstract.recursiveIsSubclass(sub, o)));
        t.addClassMethod("__prepare__", (o, a, off, n, k) -> new PyDict());
        t.addMethod("__dir__", (MethNoArgs) o -> {
            PyDict result = new PyDict();
            for (PyType m : self(o).mro) result.update(m.getDict());
            return PyList.fromIterable(result);
        });
        t.addMethod("__sizeof__", (MethNoArgs) o -> PyInt.of(400));
    }

    /** __name__: for static types, tp_name after its last dot ("weakref.ReferenceType" -> "ReferenceType"). */
    static String shortName(PyType t) {
        if (t.isHeapType()) return t.name;
        int dot = t.name.lastIndexOf('.');
        return dot >= 0 ? t.name.substring(dot + 1) : t.name;
    }

    private static PyObject module(PyObject o) {
        PyType t = self(o);
        PyObject m = t.getDict().getItemStr(PyStr.of("__module__"));
        if (m != null && !(m instanceof PyGetSetDescr)) return m;
        if (t.isHeapType()) throw PyErr.format(PyExc.AttributeError, "__module__");
        int dot = t.name.lastIndexOf('.');
        return PyStr.of(dot >= 0 ? t.name.substring(0, dot) : "builtins");
    }
}
