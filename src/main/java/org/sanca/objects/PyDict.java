package org.sanca.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's dict: an insertion-ordered hash table with CPython's compact layout (an index table probed
 * with CPython's perturbation sequence, over a dense array of entries).
 * CPython: Objects/dictobject.c.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = new PyType("dict", PyType.OBJECT,
            PyType.BASETYPE | PyType.DICT_SUBCLASS | PyType.MAPPING);

    private static final int EMPTY = -1, DUMMY = -2, MINSIZE = 8;

    /** A key-value pair, as the entries() view returns them. */
    public record Entry(PyObject key, PyObject value) {}

    private int[] indices;
    long[] hashes;
    PyObject[] keys;
    PyObject[] values;
    /** Entries used (live or deleted) in the dense arrays. */
    int nentries;
    /** Live entries. */
    int used;
    private int usable;
    /** Bumped on every change (insert, replace, delete), as CPython's ma_version_tag: for caches in the vm. */
    int version;

    public PyDict() {
        init(MINSIZE);
    }

    /** An empty dict that holds n items without resizing (CPython: _PyDict_NewPresized). */
    public static PyDict withCapacity(int n) {
        PyDict d = new PyDict(0);
        int size = MINSIZE;
        while ((size << 1) / 3 < n) size <<= 1;
        d.init(size);
        return d;
    }

    private PyDict(int unused) {
        // fields set by withCapacity
    }

    /**
     * One bit per key ever inserted since the last clear, chosen by its hash's low six bits: a
     * lookup whose bit is clear misses without probing (an instance dict asked whether it shadows
     * a method, globals asked for a builtin). Deletions leave their bits, which only costs probes.
     */
    private long hashBits;

    private void init(int size) {
        hashBits = 0;
        indices = new int[size];
        Arrays.fill(indices, EMPTY);
        usable = (size << 1) / 3;
        hashes = new long[usable];
        keys = new PyObject[usable];
        values = new PyObject[usable];
        nentries = 0;
        used = 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return used;
    }

    /** A counter that changes whenever the dict changes (ma_version_tag), for the vm's global caches. */
    public int version() {
        return version;
    }

    static long hashOf(PyObject key) {
        if (key.getClass() == PyStr.class) return ((PyStr) key).hash();
        return Abstract.hash(key);
    }

    private static boolean same(PyObject a, PyObject b) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) return ((PyStr) a).sameText((PyStr) b);
        return Abstract.equals(a, b);
    }

    /** The entry index of key, or -1. */
    private int lookup(PyObject key, long hash) {
        if ((hashBits & 1L << hash) == 0) return -1;
        int[] ix = indices;
        int mask = ix.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int e = ix[i];
            if (e == EMPTY) return -1;
            if (e >= 0 && hashes[e] == hash) {
                PyObject k = keys[e];
                if (k == key || same(k, key)) return e;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private int findEmptySlot(long hash) {
        int[] ix = indices;
        int mask = ix.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (ix[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    private int slotOf(int entry, long hash) {
        int[] ix = indices;
        int mask = ix.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (ix[i] != entry) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    private void resize() {
        int minsize = used * 3;
        int size = MINSIZE;
        while (size < minsize) size <<= 1;
        long[] oh = hashes;
        PyObject[] ok = keys, ov = values;
        int on = nentries;
        init(size);
        for (int i = 0; i < on; i++) {
            if (ok[i] == null) continue;
            int e = nentries++;
            hashBits |= 1L << oh[i];
            hashes[e] = oh[i];
            keys[e] = ok[i];
            values[e] = ov[i];
            indices[findEmptySlot(oh[i])] = e;
        }
        used = nentries;
    }

    // ---- the Java API ----------------------------------------------------------------------------------

    /** d[key] or null when absent (no __missing__). */
    public PyObject getItem(PyObject key) {
        int e = lookup(key, hashOf(key));
        return e < 0 ? null : values[e];
    }

    /** Lookup by a str key (attribute dicts, globals). */
    public PyObject getItemStr(PyStr key) {
        int e = lookup(key, key.hash());
        return e < 0 ? null : values[e];
    }

    /** Lookup with a precomputed hash. */
    public PyObject getItem(PyObject key, long hash) {
        int e = lookup(key, hash);
        return e < 0 ? null : values[e];
    }

    public boolean containsKey(PyObject key) {
        return lookup(key, hashOf(key)) >= 0;
    }

    /** d[key] = value. */
    public void setItem(PyObject key, PyObject value) {
        setItem(key, hashOf(key), value);
    }

    public void setItem(PyObject key, long hash, PyObject value) {
        int e = lookup(key, hash);
        version++;
        if (e >= 0) {
            values[e] = value;
            return;
        }
        if (nentries >= usable) {
            resize();
        }
        e = nentries++;
        hashBits |= 1L << hash;
        hashes[e] = hash;
        keys[e] = key;
        values[e] = value;
        indices[findEmptySlot(hash)] = e;
        used++;
    }

    /** Removes key; returns the old value or null when absent. */
    public PyObject delItemIfPresent(PyObject key) {
        long hash = hashOf(key);
        int e = lookup(key, hash);
        if (e < 0) return null;
        indices[slotOf(e, hash)] = DUMMY;
        PyObject old = values[e];
        keys[e] = null;
        values[e] = null;
        used--;
        version++;
        return old;
    }

    /** del d[key], raising KeyError. */
    public void delItem(PyObject key) {
        if (delItemIfPresent(key) == null) throw PyErr.raise(PyExc.KeyError, key);
    }

    public void clear() {
        init(MINSIZE);
        version++;
    }

    /** The live entries in insertion order (a snapshot). */
    public List<Entry> entries() {
        List<Entry> l = new ArrayList<>(used);
        for (int i = 0; i < nentries; i++) if (keys[i] != null) l.add(new Entry(keys[i], values[i]));
        return l;
    }

    /** The keys in insertion order (a snapshot). */
    public PyObject[] keysArray() {
        PyObject[] r = new PyObject[used];
        int j = 0;
        for (int i = 0; i < nentries; i++) if (keys[i] != null) r[j++] = keys[i];
        return r;
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.update(this);
        return d;
    }

    /** dict.update(other) for a dict. */
    public void update(PyDict other) {
        for (int i = 0; i < other.nentries; i++)
            if (other.keys[i] != null) setItem(other.keys[i], other.hashes[i], other.values[i]);
    }

    /** Whether this dict's type keeps dict's own __iter__, so merging it may read the table directly (dict_merge). */
    public boolean iteratesAsDict() {
        return getClass() == PyDict.class || type().lookup("__iter__") == TYPE.lookup("__iter__");
    }

    /** dict.update(arg): a mapping (with keys()) or an iterable of pairs. */
    public void updateFrom(PyObject arg) {
        if (arg instanceof PyDict d && d.iteratesAsDict()) {
            update(d);
            return;
        }
        PyObject keysMeth = Abstract.lookupAttr(arg, "keys");
        if (keysMeth != null) {
            for (PyObject k : Abstract.mappingKeys(arg, keysMeth)) setItem(k, Abstract.getItem(arg, k));
            return;
        }
        PyObject it = Abstract.getIter(arg);
        int i = 0;
        for (PyObject item; (item = Abstract.next(it)) != null; i++) {
            PyObject[] pair;
            try {
                pair = Iterators.toArray(item);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) throw e;
                throw PyErr.format(PyExc.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i);
            }
            if (pair.length != 2)
                throw PyErr.format(PyExc.ValueError, "dictionary update sequence element #%d has length %d; 2 is required",
                        i, pair.length);
            setItem(pair[0], pair[1]);
        }
    }

    /** popitem: the last entry, removed; null when empty. */
    Entry popLast() {
        for (int i = nentries - 1; i >= 0; i--) {
            if (keys[i] != null) {
                Entry en = new Entry(keys[i], values[i]);
                delItemIfPresent(keys[i]);
                nentries = i;
                return en;
            }
        }
        return null;
    }

    /** An instance of a Python subclass of dict. */
    static final class Derived extends PyDict {
        final PyType type;
        PyDict dict;

        Derived(PyType type) {
            this.type = type;
            this.dict = type.instanceDict ? new PyDict() : null;
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
    }

    static {
        DictType.init(TYPE);
    }
}
