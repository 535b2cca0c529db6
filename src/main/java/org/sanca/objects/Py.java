package org.sanca.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * The interpreter-wide singletons (None, True, False, Ellipsis, NotImplemented) and object identity.
 * CPython: Include/object.h and boolobject.h (Py_None, Py_True, ...), bltinmodule.c (id).
 */
public final class Py {
    private Py() {}

    public static final PyObject None = PyNone.INSTANCE;
    public static final PyBool True = PyInt.TRUE;
    public static final PyBool False = PyInt.FALSE;
    public static final PyObject Ellipsis = PyEllipsis.INSTANCE;
    public static final PyObject NotImplemented = PyNotImplemented.INSTANCE;

    /** The hash of an object without __hash__ of its own: stable for its lifetime. */
    public static long identityHash(PyObject o) {
        return System.identityHashCode(o);
    }

    /** A weak identity key for the id table. */
    private static final class IdKey extends WeakReference<PyObject> {
        final int hash;

        IdKey(PyObject o, ReferenceQueue<PyObject> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof IdKey k && k.get() == get() && get() != null;
        }
    }

    private static final HashMap<IdKey, Long> IDS = new HashMap<>();
    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    private static long nextId = 0x7f3a1c000000L;

    /** id(o): unique among live objects and constant over o's lifetime. */
    public static synchronized long id(PyObject o) {
        for (Object r; (r = QUEUE.poll()) != null; ) IDS.remove(r);
        IdKey probe = new IdKey(o, null);
        Long v = IDS.get(probe);
        if (v != null) {
            probe.clear();
            return v;
        }
        nextId += 48;
        IDS.put(new IdKey(o, QUEUE), nextId);
        probe.clear();
        return nextId;
    }

    /** The id as CPython prints addresses: 0x7f... */
    public static String idHex(PyObject o) {
        return "0x" + Long.toHexString(id(o));
    }
}
