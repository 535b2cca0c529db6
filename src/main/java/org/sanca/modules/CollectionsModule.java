package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethNoArgs;

/**
 * The _collections module: deque, defaultdict, _count_elements (Counter's counting loop) and _tuplegetter (the
 * field descriptor of namedtuple classes). CPython: Modules/_collectionsmodule.c.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("__doc__"), PyStr.of("High performance data structures.\n"
            + "- deque:        ordered collection accessible from endpoints only\n"
            + "- defaultdict:  dict subclass with a default value factory\n"));
        d.setItem(PyStr.of("deque"), DequeType.TYPE);
        d.setItem(PyStr.of("defaultdict"), DefaultDict.TYPE);
        d.setItem(PyStr.of("_deque_iterator"), DequeType.ITER);
        d.setItem(PyStr.of("_deque_reverse_iterator"), DequeType.REVITER);
        d.setItem(PyStr.of("_tuplegetter"), TupleGetter.TYPE);
        BuiltinsModule.def(m, d, "_collections", "_count_elements", (s, a, o, n, k) -> {
            Args.noKeywords("_count_elements", k);
            Args.exactly("_count_elements", n, 2);
            countElements(a[o], a[o + 1]);
            return Py.None;
        });
        return m;
    }

    /** for elem in iterable: mapping[elem] = mapping.get(elem, 0) + 1, with a fast path for dict's own methods. */
    static void countElements(PyObject mapping, PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        PyInt one = PyInt.of(1);
        if (mapping instanceof PyDict dict && usesDictMethods(mapping.type())) {
            for (PyObject x; (x = Abstract.next(it)) != null; ) {
                PyObject old = dict.getItem(x);
                dict.setItem(x, old == null ? one : PyNumber.add(old, one));
            }
            return;
        }
        PyObject get = Abstract.getAttr(mapping, "get");
        PyInt zero = PyInt.of(0);
        for (PyObject x; (x = Abstract.next(it)) != null; )
            Abstract.setItem(mapping, x, PyNumber.add(Abstract.call(get, x, zero), one));
    }

    private static boolean usesDictMethods(PyType t) {
        return t.lookup("get") == PyDict.TYPE.lookup("get")
            && t.lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__");
    }

    /** _tuplegetter(index, doc): reads item index of a tuple instance; read-only. */
    static final class TupleGetter extends PyObject {
        static final PyType TYPE = new PyType("_collections._tuplegetter", 0);

        final long index;
        PyObject doc;

        TupleGetter(long index, PyObject doc) {
            this.index = index;
            this.doc = doc;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        static {
            TYPE.tp_new = (type, a, o, n, k) -> {
                Args.noKeywords("_tuplegetter", k);
                Args.exactly("_tuplegetter", n, 2);
                return new TupleGetter(PyNumber.asSize(a[o], PyExc.OverflowError), a[o + 1]);
            };
            TYPE.tp_descr_get = (descr, obj, type) -> {
                if (obj == null || obj == Py.None) return descr;
                return ((TupleGetter) descr).get(obj);
            };
            TYPE.tp_descr_set = (descr, obj, value) -> {
                throw PyErr.format(PyExc.AttributeError, value == null ? "can't delete attribute" : "can't set attribute");
            };
            TYPE.tp_repr = o -> {
                TupleGetter g = (TupleGetter) o;
                return PyStr.of(PyErr.fmt("_tuplegetter(%d, %R)", g.index, g.doc));
            };
            TYPE.addGetSet("__doc__", o -> ((TupleGetter) o).doc, (o, v) -> ((TupleGetter) o).doc = v);
            TYPE.addMethod("__reduce__", (MethNoArgs) o -> {
                TupleGetter g = (TupleGetter) o;
                return PyTuple.of(TYPE, PyTuple.of(PyInt.of(g.index), g.doc));
            });
            TYPE.ready();
        }

        private PyObject get(PyObject obj) {
            if (!(obj instanceof PyTuple t))
                throw PyErr.format(PyExc.TypeError,
                    "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", index,
                    PyErr.typeName(obj));
            if (index < 0 || index >= t.size()) throw PyErr.format(PyExc.IndexError, "tuple index out of range");
            return t.get((int) index);
        }
    }
}
