package org.sanca.objects;

/**
 * super(type, obj): attribute lookup starting after type in obj's MRO.
 * CPython: Objects/typeobject.c (PySuper_Type, super_getattro, supercheck).
 */
public class PySuper extends PyObject {
    public static final PyType TYPE = new PyType("super", PyType.BASETYPE);

    /** Supplies (type, obj) for zero-argument super() from the calling frame; set by the vm. */
    public interface ZeroArgs {
        PyObject[] find();
    }

    /** The vm's hook for super() without arguments. */
    public static volatile ZeroArgs zeroArgs;

    PyType type = TYPE;
    PyType thisType;
    PyObject obj;
    PyType objType;

    @Override
    public PyType type() {
        return type;
    }

    /** A bound super object, as super(type, obj). */
    public static PySuper of(PyType type, PyObject obj) {
        PySuper s = new PySuper();
        s.set(type, obj);
        return s;
    }

    private void set(PyType t, PyObject o) {
        thisType = t;
        obj = o == Py.None ? null : o;
        objType = obj == null ? null : supercheck(t, obj);
    }

    private static PyType supercheck(PyType t, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtype(t)) return ot;
        if (obj.type().isSubtype(t)) return obj.type();
        PyObject cls = Abstract.lookupAttr(obj, "__class__");
        if (cls instanceof PyType ct && ct != obj.type() && ct.isSubtype(t)) return ct;
        throw PyErr.format(PyExc.TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }

    private PyObject getattro(PyStr name) {
        if (objType != null && !name.value.equals("__class__")) {
            PyType[] mro = objType.mro;
            int i = 0;
            while (i < mro.length && mro[i] != thisType) i++;
            for (i++; i < mro.length; i++) {
                PyObject res = mro[i].getDict().getItemStr(name);
                if (res != null) {
                    Slots.DescrGetFunc f = res.type().tp_descr_get;
                    return f == null ? res : f.get(res, obj == objType ? null : obj, objType);
                }
            }
        }
        return TypeObject.genericGetAttr(this, name, false);
    }

    static {
        TYPE.tp_new = (t, a, o, n, k) -> {
            PySuper s = new PySuper();
            s.type = t;
            return s;
        };
        TYPE.tp_init = (self, a, o, n, k) -> {
            Args.noKeywords("super", k);
            Args.range("super()", n, 0, 2);
            PySuper s = (PySuper) self;
            if (n == 0) {
                ZeroArgs z = zeroArgs;
                PyObject[] f = z == null ? null : z.find();
                if (f == null) throw PyErr.format(PyExc.RuntimeError, "super(): no arguments");
                s.set((PyType) f[0], f[1]);
                return;
            }
            if (!(a[o] instanceof PyType t))
                throw PyErr.format(PyExc.TypeError, "super() argument 1 must be a type, not %.200s", PyErr.typeName(a[o]));
            s.set(t, n > 1 ? a[o + 1] : null);
        };
        TYPE.tp_getattro = (self, name) -> ((PySuper) self).getattro((PyStr) name);
        TYPE.tp_descr_get = (d, obj, type) -> {
            PySuper s = (PySuper) d;
            if (obj == null || s.obj != null) return s;
            PySuper r = new PySuper();
            r.type = s.type;
            r.set(s.thisType, obj);
            return r;
        };
        TYPE.tp_repr = o -> {
            PySuper s = (PySuper) o;
            String t = "<class '" + (s.thisType == null ? "NULL" : s.thisType.getName()) + "'>";
            if (s.objType != null) return PyStr.of("<super: " + t + ", <" + s.objType.getName() + " object>>");
            return PyStr.of("<super: " + t + ", NULL>");
        };
        TYPE.addGetter("__thisclass__", o -> orNone(((PySuper) o).thisType));
        TYPE.addGetter("__self__", o -> orNone(((PySuper) o).obj));
        TYPE.addGetter("__self_class__", o -> orNone(((PySuper) o).objType));
        TYPE.ready();
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? Py.None : o;
    }
}
