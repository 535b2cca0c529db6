package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethNoArgs;

/**
 * The callable objects of the _operator module: itemgetter, attrgetter and methodcaller, with their reprs
 * and __reduce__.
 * CPython: Modules/_operator.c (itemgetterobject, attrgetterobject, methodcallerobject).
 */
final class OperatorGetters {
    private OperatorGetters() {}

    static void populate(PyDict d) {
        d.setItem(PyStr.of("itemgetter"), ITEMGETTER);
        d.setItem(PyStr.of("attrgetter"), ATTRGETTER);
        d.setItem(PyStr.of("methodcaller"), METHODCALLER);
    }

    /** The single object argument of a getter's call: "itemgetter expected 1 argument, got 0". */
    private static PyObject oneArg(String name, PyObject[] a, int o, int n, PyTuple k) {
        Args.noKeywords(name, k);
        Args.exactly(name, n, 1);
        return a[o];
    }

    private static String reprArgs(PyObject[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Abstract.repr(items[i]).asString());
        }
        return sb.toString();
    }

    private static PyObject reprOf(PyObject self, String args) {
        if (!Abstract.reprEnter(self)) return PyStr.of("...");
        try {
            return PyStr.of(self.type().getName() + "(" + args + ")");
        } finally {
            Abstract.reprLeave(self);
        }
    }

    // ---- itemgetter --------------------------------------------------------------------------

    static final class ItemGetter extends PyObject {
        final PyObject[] items;

        ItemGetter(PyObject[] items) {
            this.items = items;
        }

        @Override
        public PyType type() {
            return ITEMGETTER;
        }

        PyObject get(PyObject obj) {
            if (items.length == 1) return item(obj, items[0]);
            PyObject[] r = new PyObject[items.length];
            for (int i = 0; i < r.length; i++) r[i] = item(obj, items[i]);
            return PyTuple.wrap(r);
        }

        private static PyObject item(PyObject obj, PyObject key) {
            if (key instanceof PyInt ik && ik.fitsLong() && ik.longValue() >= 0) {
                long i = ik.longValue();
                if (obj.getClass() == PyTuple.class && i < ((PyTuple) obj).size()) return ((PyTuple) obj).get((int) i);
                if (obj.getClass() == PyList.class && i < ((PyList) obj).size()) return ((PyList) obj).get((int) i);
            }
            return Abstract.getItem(obj, key);
        }
    }

    static final PyType ITEMGETTER = new PyType("operator.itemgetter");

    static {
        ITEMGETTER.tp_new = (t, a, o, n, k) -> {
            Args.noKeywords("itemgetter", k);
            if (n <= 1) Args.exactly("itemgetter", n, 1);
            PyObject[] items = new PyObject[n];
            System.arraycopy(a, o, items, 0, n);
            return new ItemGetter(items);
        };
        ITEMGETTER.tp_call = (s, a, o, n, k) -> ((ItemGetter) s).get(oneArg("itemgetter", a, o, n, k));
        ITEMGETTER.tp_repr = s -> reprOf(s, reprArgs(((ItemGetter) s).items));
        ITEMGETTER.addMethod("__reduce__", (MethNoArgs) s -> PyTuple.of(s.type(), PyTuple.wrap(((ItemGetter) s).items)));
        ITEMGETTER.ready();
    }

    // ---- attrgetter --------------------------------------------------------------------------

    static final class AttrGetter extends PyObject {
        /** The names as given, and each split at its dots. */
        final PyObject[] names;
        final PyStr[][] paths;

        AttrGetter(PyObject[] names, PyStr[][] paths) {
            this.names = names;
            this.paths = paths;
        }

        @Override
        public PyType type() {
            return ATTRGETTER;
        }

        PyObject get(PyObject obj) {
            if (paths.length == 1) return follow(obj, paths[0]);
            PyObject[] r = new PyObject[paths.length];
            for (int i = 0; i < r.length; i++) r[i] = follow(obj, paths[i]);
            return PyTuple.wrap(r);
        }

        private static PyObject follow(PyObject obj, PyStr[] path) {
            for (PyStr name : path) obj = Abstract.getAttr(obj, name);
            return obj;
        }
    }

    static final PyType ATTRGETTER = new PyType("operator.attrgetter");

    static {
        ATTRGETTER.tp_new = (t, a, o, n, k) -> {
            Args.noKeywords("attrgetter", k);
            if (n <= 1) Args.exactly("attrgetter", n, 1);
            PyObject[] names = new PyObject[n];
            PyStr[][] paths = new PyStr[n][];
            for (int i = 0; i < n; i++) {
                if (!(a[o + i] instanceof PyStr s))
                    throw PyErr.format(PyExc.TypeError, "attribute name must be a string");
                names[i] = s;
                String[] parts = s.asString().split("\\.", -1);
                paths[i] = new PyStr[parts.length];
                for (int j = 0; j < parts.length; j++) paths[i][j] = PyStr.of(parts[j]);
            }
            return new AttrGetter(names, paths);
        };
        ATTRGETTER.tp_call = (s, a, o, n, k) -> ((AttrGetter) s).get(oneArg("attrgetter", a, o, n, k));
        ATTRGETTER.tp_repr = s -> reprOf(s, reprArgs(((AttrGetter) s).names));
        ATTRGETTER.addMethod("__reduce__", (MethNoArgs) s -> PyTuple.of(s.type(), PyTuple.wrap(((AttrGetter) s).names)));
        ATTRGETTER.ready();
    }

    // ---- methodcaller ------------------------------------------------------------------------

    static final class MethodCaller extends PyObject {
        final PyStr name;
        final PyObject[] args;
        final PyDict kwargs;

        MethodCaller(PyStr name, PyObject[] args, PyDict kwargs) {
            this.name = name;
            this.args = args;
            this.kwargs = kwargs;
        }

        @Override
        public PyType type() {
            return METHODCALLER;
        }

        PyObject call(PyObject obj) {
            PyObject method = Abstract.getAttr(obj, name);
            if (kwargs.size() == 0) return Abstract.call(method, args, 0, args.length, null);
            return Abstract.call(method, PyTuple.wrap(args), kwargs);
        }
    }

    static final PyType METHODCALLER = new PyType("operator.methodcaller");

    static {
        METHODCALLER.tp_new = (t, a, o, n, k) -> {
            if (n < 1) throw PyErr.format(PyExc.TypeError, "methodcaller needs at least one argument, the method name");
            if (!(a[o] instanceof PyStr name)) throw PyErr.format(PyExc.TypeError, "method name must be a string");
            PyObject[] args = new PyObject[n - 1];
            System.arraycopy(a, o + 1, args, 0, n - 1);
            PyDict kw = Args.kwargs(a, o, n, k);
            return new MethodCaller(name, args, kw == null ? new PyDict() : kw);
        };
        METHODCALLER.tp_call = (s, a, o, n, k) -> ((MethodCaller) s).call(oneArg("methodcaller", a, o, n, k));
        METHODCALLER.tp_repr = s -> {
            MethodCaller mc = (MethodCaller) s;
            StringBuilder sb = new StringBuilder(Abstract.repr(mc.name).asString());
            if (mc.args.length > 0) sb.append(", ").append(reprArgs(mc.args));
            for (PyDict.Entry e : mc.kwargs.entries())
                sb.append(", ").append(Abstract.str(e.key()).asString()).append('=')
                        .append(Abstract.repr(e.value()).asString());
            return reprOf(s, sb.toString());
        };
        METHODCALLER.addMethod("__reduce__", (MethNoArgs) s -> {
            MethodCaller mc = (MethodCaller) s;
            if (mc.kwargs.size() == 0) {
                PyObject[] all = new PyObject[mc.args.length + 1];
                all[0] = mc.name;
                System.arraycopy(mc.args, 0, all, 1, mc.args.length);
                return PyTuple.of(s.type(), PyTuple.wrap(all));
            }
            PyObject partial = Abstract.call(FunctoolsModule.PARTIAL, PyTuple.of(s.type(), mc.name), mc.kwargs);
            return PyTuple.of(partial, PyTuple.wrap(mc.args));
        });
        METHODCALLER.ready();
    }
}
