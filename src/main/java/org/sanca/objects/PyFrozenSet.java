package org.sanca.objects;

/**
 * Python's frozenset (and, through PySet, set): CPython's open-addressing table with linear probes,
 * so iteration order matches CPython's.
 * CPython: Objects/setobject.c (set_add_entry, set_insert_clean, set_table_resize, frozenset_hash).
 */
public class PyFrozenSet extends PyObject {
    public static final PyType TYPE = new PyType("frozenset", PyType.OBJECT, PyType.BASETYPE);
    static final int MINSIZE = 8, LINEAR_PROBES = 9;
    static final PyObject DUMMY = new PyInstance(PyType.OBJECT);

    PyObject[] table = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    /** Slots holding a key or a dummy; slots holding a key. */
    int fill, used;
    /** Where set.pop resumes its search (so->finger): pops walk the table instead of rescanning it. */
    int finger;

    PyFrozenSet() {}

    public static PyFrozenSet of(PyObject... items) {
        PyFrozenSet s = new PyFrozenSet();
        for (PyObject x : items) s.add(x);
        return s;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return used;
    }

    /** set_add_entry. */
    void add(PyObject key) {
        addEntry(key, PyDict.hashOf(key));
    }

    void addEntry(PyObject key, long hash) {
        restart:
        while (true) {
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            int freeslot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int e = i;
                do {
                    PyObject k = table[e];
                    if (k == null && hashes[e] == 0) {
                        insertAt(freeslot >= 0 ? freeslot : e, key, hash, freeslot < 0);
                        return;
                    }
                    if (hashes[e] == hash && k != DUMMY) {
                        if (k == key) return;
                        PyObject[] t = table;
                        if (Abstract.equals(k, key)) return;
                        if (t != table || table[e] != k) continue restart;
                    } else if (hashes[e] == -1 && k == DUMMY) freeslot = e;
                    e++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private void insertAt(int e, PyObject key, long hash, boolean unused) {
        table[e] = key;
        hashes[e] = hash;
        used++;
        if (!unused) return;
        fill++;
        if ((long) fill * 5 < (long) mask * 3) return;
        resize(used > 50000 ? used * 2 : used * 4);
    }

    /** set_table_resize: the smallest power of two above minused; a small table without dummies stays as it is. */
    void resize(int minused) {
        int size = MINSIZE;
        while (size <= minused) size <<= 1;
        if (size == MINSIZE && mask == MINSIZE - 1 && fill == used) return;
        PyObject[] ot = table;
        long[] oh = hashes;
        table = new PyObject[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used = 0;
        for (int i = 0; i < ot.length; i++) if (ot[i] != null && ot[i] != DUMMY) insertClean(ot[i], oh[i]);
    }

    /** set_insert_clean: for a key known absent, in a table without dummies. */
    void insertClean(PyObject key, long hash) {
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (table[i] == null) break;
            boolean found = false;
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        i += j;
                        found = true;
                        break;
                    }
                }
            }
            if (found) break;
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
        table[i] = key;
        hashes[i] = hash;
        fill++;
        used++;
    }

    /** set_lookkey: the slot holding key, or -1. */
    int lookup(PyObject key, long hash) {
        while (true) {
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            boolean restart = false;
            outer:
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int e = i;
                do {
                    PyObject k = table[e];
                    if (k == null && hashes[e] == 0) return -1;
                    if (hashes[e] == hash && k != DUMMY) {
                        if (k == key) return e;
                        PyObject[] t = table;
                        if (Abstract.equals(k, key)) return e;
                        if (t != table || table[e] != k) {
                            restart = true;
                            break outer;
                        }
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) return -1;
        }
    }

    public boolean contains(PyObject key) {
        return lookup(key, PyDict.hashOf(key)) >= 0;
    }

    /** set_discard_key: true if the key was present. */
    boolean discard(PyObject key) {
        return discardEntry(key, PyDict.hashOf(key));
    }

    /** set_discard_entry: true if the key was present. */
    boolean discardEntry(PyObject key, long hash) {
        int e = lookup(key, hash);
        if (e < 0) return false;
        table[e] = DUMMY;
        hashes[e] = -1;
        used--;
        return true;
    }

    /** set.pop: the first key at or after the finger, wrapping round (set_pop). */
    PyObject pop() {
        int i = finger & mask;
        PyObject k;
        while ((k = table[i]) == null || k == DUMMY) i = i == mask ? 0 : i + 1;
        table[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    /** After deletions: when more than a quarter of the table is dummies, rebuilds it (set_difference_update_internal). */
    void purgeDummies() {
        if (fill - used > mask / 4) resize(used > 50000 ? used * 2 : used * 4);
    }

    void clearTable() {
        table = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = used = 0;
    }

    /** The live keys in table order. */
    public PyObject[] toArray() {
        PyObject[] r = new PyObject[used];
        int j = 0;
        for (PyObject k : table) if (k != null && k != DUMMY) r[j++] = k;
        return r;
    }

    /** set_merge / set_update_internal: adds every element of an iterable, as CPython orders them. */
    void update(PyObject other) {
        if (other instanceof PyFrozenSet o) {
            if (o == this || o.used == 0) return;
            if ((long) (fill + o.used) * 5 >= (long) mask * 3) resize((used + o.used) * 2);
            if (fill == 0 && mask == o.mask && o.fill == o.used) {
                table = o.table.clone();
                hashes = o.hashes.clone();
                fill = o.fill;
                used = o.used;
                return;
            }
            if (fill == 0) {
                for (int i = 0; i < o.table.length; i++)
                    if (o.table[i] != null && o.table[i] != DUMMY) insertClean(o.table[i], o.hashes[i]);
                return;
            }
            for (int i = 0; i <= o.mask; i++) if (o.table[i] != null && o.table[i] != DUMMY) addEntry(o.table[i], o.hashes[i]);
            return;
        }
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            if ((long) (fill + d.used) * 5 >= (long) mask * 3) resize((used + d.used) * 2);
            for (int i = 0; i < d.nentries; i++) if (d.keys[i] != null) addEntry(d.keys[i], d.hashes[i]);
            return;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject x; (x = Abstract.next(it)) != null; ) add(x);
    }

    /** frozenset_hash (3.11). */
    long hashValue() {
        long h = 0;
        for (int i = 0; i <= mask; i++) if (table[i] != null && table[i] != DUMMY) h ^= shuffle(hashes[i]);
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyFrozenSet s) || s.used != used || (o instanceof PySet) != (this instanceof PySet)) return false;
        for (PyObject k : toArray()) if (!s.contains(k)) return false;
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (PyObject k : toArray()) h ^= k.hashCode();
        return h;
    }

    /** An instance of a Python subclass of frozenset. */
    static final class Derived extends PyFrozenSet {
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
    }

    static {
        SetType.initFrozen(TYPE);
    }
}
