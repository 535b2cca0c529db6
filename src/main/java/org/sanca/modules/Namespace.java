package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyInstance;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.TypeObject;

/**
 * types.SimpleNamespace: an object whose attributes are its __dict__, with the repr
 * namespace(a=1, b=2); sys.implementation is one.
 * CPython: Objects/namespaceobject.c.
 */
public final class Namespace {
    private Namespace() {}

    /** The SimpleNamespace class. */
    public static final PyType TYPE;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("types"));
        TYPE = TypeObject.newType("SimpleNamespace", PyTuple.of(PyType.OBJECT), ns);
        TYPE.tp_repr = Namespace::repr;
        TYPE.addMethod("__repr__", (org.sanca.objects.Slots.MethNoArgs) Namespace::repr);
        TYPE.tp_init = Namespace::init;
        TYPE.addMethod("__init__", (org.sanca.objects.Slots.MethFast) (self, a, o, n, k) -> {
            init(self, a, o, n, k);
            return Py.None;
        });
        TYPE.tp_richcompare = (v, w, op) -> {
            if (!v.type().isSubtype(TYPE) || !w.type().isSubtype(TYPE) || (op != Abstract.EQ && op != Abstract.NE))
                return Py.NotImplemented;
            return Abstract.richCompare(v.getDict(), w.getDict(), op);
        };
        TYPE.modified();
    }

    /** namespace_init: keyword arguments become attributes; positional ones are refused. */
    private static void init(PyObject self, PyObject[] a, int o, int n, PyTuple k) {
        if (n > 0) throw PyErr.format(PyExc.TypeError, "no positional arguments expected");
        for (int i = 0; k != null && i < k.size(); i++) self.getDict().setItem(k.get(i), a[o + n + i]);
    }

    /** A namespace holding the items of {@code attrs}. */
    public static PyObject of(PyDict attrs) {
        PyInstance obj = new PyInstance(TYPE);
        obj.getDict().update(attrs);
        return obj;
    }

    private static PyObject repr(PyObject self) {
        String name = self.type() == TYPE ? "namespace" : self.type().getName();
        StringBuilder sb = new StringBuilder(name).append('(');
        boolean first = true;
        for (PyDict.Entry e : self.getDict().entries()) {
            sb.append(first ? "" : ", ").append(Abstract.str(e.key()).asString()).append('=')
              .append(Abstract.repr(e.value()).asString());
            first = false;
        }
        return PyStr.of(sb.append(')').toString());
    }
}
