package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyMethod;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.TypeObject;

/**
 * functools' C LRU cache, _functools._lru_cache_wrapper: a dict from argument keys to results, with a
 * doubly linked recency list when the size is bounded.
 * CPython: Modules/_functoolsmodule.c (lru_cache_object).
 */
final class FunctoolsLru {
    private FunctoolsLru() {}

    /** The marker between positional and keyword arguments in a key (kwd_mark). */
    private static final PyObject KWD_MARK = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    /** One cached result in the recency list (_lru_list_elem). */
    static final class Link extends PyObject {
        Link prev, next;
        PyObject key, result;

        @Override
        public PyType type() {
            return LINK;
        }
    }

    static final PyType LINK = new PyType("functools._lru_list_elem", PyType.DISALLOW_INSTANTIATION).ready();

    static final class Wrapper extends PyObject {
        PyType type;
        PyDict dict = new PyDict();
        PyObject func, cacheInfoType;
        /** -1 unbounded, 0 uncached. */
        long maxsize;
        boolean typed;
        long hits, misses;
        final PyDict cache = new PyDict();
        /** The list's root: root.next is the least recent, root.prev the most recent. */
        final Link root = new Link();

        Wrapper() {
            root.prev = root.next = root;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        PyObject call(PyObject[] a, int o, int n, PyTuple k) {
            if (maxsize == 0) {
                misses++;
                return Abstract.call(func, a, o, n, k);
            }
            PyObject key = makeKey(a, o, n, k);
            return maxsize < 0 ? unbounded(key, a, o, n, k) : bounded(key, a, o, n, k);
        }

        PyObject makeKey(PyObject[] a, int o, int n, PyTuple k) {
            int nk = k == null ? 0 : k.size();
            if (nk == 0 && !typed && n == 1 && (a[o].type() == PyStr.TYPE || a[o].type() == PyInt.TYPE)) return a[o];
            int size = n + (nk > 0 ? 1 + 2 * nk : 0) + (typed ? n + nk : 0);
            PyObject[] key = new PyObject[size];
            System.arraycopy(a, o, key, 0, n);
            int j = n;
            if (nk > 0) {
                key[j++] = KWD_MARK;
                for (int i = 0; i < nk; i++) {
                    key[j++] = k.get(i);
                    key[j++] = a[o + n + i];
                }
            }
            if (typed) {
                for (int i = 0; i < n; i++) key[j++] = a[o + i].type();
                for (int i = 0; i < nk; i++) key[j++] = a[o + n + i].type();
            }
            return PyTuple.wrap(key);
        }

        private PyObject unbounded(PyObject key, PyObject[] a, int o, int n, PyTuple k) {
            long h = Abstract.hash(key);
            PyObject r = cache.getItem(key, h);
            if (r != null) {
                hits++;
                return r;
            }
            misses++;
            r = Abstract.call(func, a, o, n, k);
            cache.setItem(key, h, r);
            return r;
        }

        private PyObject bounded(PyObject key, PyObject[] a, int o, int n, PyTuple k) {
            long h = Abstract.hash(key);
            if (cache.getItem(key, h) instanceof Link link) {
                unlink(link);
                append(link);
                hits++;
                return link.result;
            }
            misses++;
            PyObject r = Abstract.call(func, a, o, n, k);
            if (cache.getItem(key, h) != null) return r;
            if (cache.size() >= maxsize && root.next != root) {
                Link old = root.next;
                unlink(old);
                cache.delItemIfPresent(old.key);
            }
            Link link = new Link();
            link.key = key;
            link.result = r;
            cache.setItem(key, h, link);
            append(link);
            return r;
        }

        private void unlink(Link l) {
            l.prev.next = l.next;
            l.next.prev = l.prev;
        }

        private void append(Link l) {
            l.prev = root.prev;
            l.next = root;
            root.prev.next = l;
            root.prev = l;
        }

        void clear() {
            hits = misses = 0;
            cache.clear();
            root.prev = root.next = root;
        }
    }

    static final PyType TYPE = new PyType("functools._lru_cache_wrapper", PyType.METHOD_DESCRIPTOR);

    private static PyObject create(PyType t, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("lru_cache", a, o, n, k,
                new String[] {"user_function", "maxsize", "typed", "cache_info_type"}, 4);
        if (!BuiltinsModule.isCallable(v[0])) throw PyErr.format(PyExc.TypeError, "the first argument must be callable");
        long maxsize;
        if (v[1] == Py.None) maxsize = -1;
        else if (PyNumber.isIndex(v[1])) maxsize = Math.max(0, PyNumber.asSize(v[1], PyExc.OverflowError));
        else throw PyErr.format(PyExc.TypeError, "maxsize should be integer or None");
        Wrapper w = new Wrapper();
        w.type = t;
        w.func = v[0];
        w.maxsize = maxsize;
        w.typed = Abstract.isTrue(v[2]);
        w.cacheInfoType = v[3];
        return w;
    }

    static {
        TYPE.tp_new = FunctoolsLru::create;
        TYPE.tp_call = (s, a, o, n, k) -> ((Wrapper) s).call(a, o, n, k);
        TYPE.tp_descr_get = (self, obj, type) -> obj == null || obj == Py.None ? self : new PyMethod(self, obj);
        TYPE.tp_getattro = TypeObject.GENERIC_GETATTR;
        TYPE.tp_setattro = TypeObject.GENERIC_SETATTR;
        TYPE.addGetSet("__dict__", PyObject::getDict, (s, v) -> {
            if (!(v instanceof PyDict d)) throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary");
            s.setDict(d);
        });
        TYPE.addMethod("cache_info", (MethNoArgs) s -> {
            Wrapper w = (Wrapper) s;
            PyObject max = w.maxsize < 0 ? Py.None : PyInt.of(w.maxsize);
            return Abstract.call(w.cacheInfoType, PyInt.of(w.hits), PyInt.of(w.misses), max, PyInt.of(w.cache.size()));
        });
        TYPE.addMethod("cache_clear", (MethNoArgs) s -> {
            ((Wrapper) s).clear();
            return Py.None;
        });
        TYPE.addMethod("__reduce__", (MethNoArgs) s -> Abstract.getAttr(s, "__qualname__"));
        TYPE.addMethod("__copy__", (MethNoArgs) s -> s);
        TYPE.addMethod("__deepcopy__", (MethFast) (s, a, o, n, k) -> s);
        TYPE.ready();
    }
}
