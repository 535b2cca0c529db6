package org.sanca.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyNumber;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;
import org.sanca.objects.Slots.MethNoArgs;
import org.sanca.objects.Slots.MethO;
import org.sanca.objects.TypeObject;

/**
 * A minimal _thread module: thread identity, locks and reentrant locks (real, on Java semaphores), and
 * _local as a plain per-object namespace; starting threads is not supported yet.
 * CPython: Modules/_threadmodule.c.
 */
public final class ThreadModule {
    private ThreadModule() {}

    static final double TIMEOUT_MAX = 9223372036.0;

    /** _thread.lock: a binary semaphore, releasable by any thread. */
    static final class Lock extends PyObject {
        final Semaphore sem = new Semaphore(1);

        @Override
        public PyType type() {
            return LOCK;
        }

        boolean locked() {
            return sem.availablePermits() == 0;
        }
    }

    /** _thread.RLock: a lock with an owning thread and a recursion count. */
    static final class RLock extends PyObject {
        PyType type = RLOCK;
        PyDict dict;
        final Semaphore sem = new Semaphore(1);
        long owner;
        long count;

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }

    /** _thread._local: in this single-threaded runtime, a namespace object. */
    static final class Local extends PyObject {
        final PyType type;
        final PyDict dict = new PyDict();

        Local(PyType type) {
            this.type = type;
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

    static long ident() {
        return Thread.currentThread().threadId();
    }

    /** acquire(blocking=True, timeout=-1) on a semaphore, with CPython's argument checks. */
    static boolean acquire(Semaphore sem, PyObject[] a, int o, int n, PyTuple k) {
        PyObject[] v = Args.parse("acquire", a, o, n, k, new String[] {"blocking", "timeout"}, 0);
        boolean blocking = v[0] == null || Abstract.isTrue(v[0]);
        double timeout = v[1] == null ? -1 : PyNumber.asDouble(v[1]);
        if (!blocking && timeout != -1)
            throw PyErr.format(PyExc.ValueError, "can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw PyErr.format(PyExc.ValueError, "timeout value must be positive");
        if (timeout > TIMEOUT_MAX) throw PyErr.format(PyExc.OverflowError, "timeout value is too large");
        if (!blocking) return sem.tryAcquire();
        try {
            if (timeout == -1) {
                sem.acquire();
                return true;
            }
            return sem.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErr.raise(PyExc.KeyboardInterrupt);
        }
    }

    static final PyType LOCK = new PyType("_thread.lock", PyType.DISALLOW_INSTANTIATION);

    static {
        MethFast acquire = (s, a, o, n, k) -> PyBool.of(acquire(((Lock) s).sem, a, o, n, k));
        MethNoArgs release = s -> {
            Lock l = (Lock) s;
            if (!l.locked()) throw PyErr.format(PyExc.RuntimeError, "release unlocked lock");
            l.sem.release();
            return Py.None;
        };
        MethNoArgs locked = s -> PyBool.of(((Lock) s).locked());
        LOCK.addMethod("acquire", acquire).addMethod("acquire_lock", acquire).addMethod("__enter__", acquire);
        LOCK.addMethod("release", release).addMethod("release_lock", release);
        LOCK.addMethod("__exit__", (MethFast) (s, a, o, n, k) -> release.call(s));
        LOCK.addMethod("locked", locked).addMethod("locked_lock", locked);
        LOCK.tp_repr = s -> PyStr.of("<" + (((Lock) s).locked() ? "locked" : "unlocked") + " _thread.lock object at "
                + Py.idHex(s) + ">");
        LOCK.ready();
    }

    static final PyType RLOCK = new PyType("_thread.RLock", PyType.BASETYPE);

    private static PyObject rlockAcquire(PyObject s, PyObject[] a, int o, int n, PyTuple k) {
        RLock r = (RLock) s;
        long me = ident();
        if (r.count > 0 && r.owner == me) {
            r.count++;
            return Py.True;
        }
        if (!acquire(r.sem, a, o, n, k)) return Py.False;
        r.owner = me;
        r.count = 1;
        return Py.True;
    }

    private static RLock owned(PyObject s) {
        RLock r = (RLock) s;
        if (r.count == 0 || r.owner != ident())
            throw PyErr.format(PyExc.RuntimeError, "cannot release un-acquired lock");
        return r;
    }

    private static PyObject rlockRelease(PyObject s) {
        RLock r = owned(s);
        if (--r.count == 0) {
            r.owner = 0;
            r.sem.release();
        }
        return Py.None;
    }

    static {
        RLOCK.tp_new = (t, a, o, n, k) -> {
            RLock r = new RLock();
            r.type = t;
            if (t.isHeapType()) r.dict = new PyDict();
            return r;
        };
        RLOCK.tp_getattro = TypeObject.GENERIC_GETATTR;
        RLOCK.addMethod("acquire", (MethFast) ThreadModule::rlockAcquire);
        RLOCK.addMethod("__enter__", (MethFast) ThreadModule::rlockAcquire);
        RLOCK.addMethod("release", (MethNoArgs) ThreadModule::rlockRelease);
        RLOCK.addMethod("__exit__", (MethFast) (s, a, o, n, k) -> rlockRelease(s));
        RLOCK.addMethod("_is_owned", (MethNoArgs) s -> PyBool.of(((RLock) s).count > 0 && ((RLock) s).owner == ident()));
        RLOCK.addMethod("_release_save", (MethNoArgs) s -> {
            RLock r = owned(s);
            PyTuple state = PyTuple.of(PyInt.of(r.count), PyInt.of(r.owner));
            r.count = 0;
            r.owner = 0;
            r.sem.release();
            return state;
        });
        RLOCK.addMethod("_acquire_restore", (MethO) (s, state) -> {
            RLock r = (RLock) s;
            if (!(state instanceof PyTuple t) || t.size() != 2) throw PyErr.format(PyExc.TypeError, "state is not a tuple");
            acquire(r.sem, new PyObject[0], 0, 0, null);
            r.count = PyNumber.asSize(t.get(0), PyExc.OverflowError);
            r.owner = PyNumber.asSize(t.get(1), PyExc.OverflowError);
            return Py.None;
        });
        RLOCK.tp_repr = s -> {
            RLock r = (RLock) s;
            return PyStr.of(PyErr.fmt("<%s %s.%s object owner=%d count=%d at %s>", r.count > 0 ? "locked" : "unlocked",
                    "_thread", ItertoolsModule.shortName(r.type), r.owner, r.count, Py.idHex(r)));
        };
        RLOCK.ready();
    }

    static final PyType LOCAL = new PyType("_thread._local", PyType.BASETYPE);

    static {
        LOCAL.tp_new = (t, a, o, n, k) -> {
            if ((n > 0 || (k != null && k.size() > 0)) && t.lookup("__init__") == PyType.OBJECT.lookup("__init__"))
                throw PyErr.format(PyExc.TypeError, "Initialization arguments are not supported");
            return new Local(t);
        };
        LOCAL.tp_getattro = TypeObject.GENERIC_GETATTR;
        LOCAL.tp_setattro = TypeObject.GENERIC_SETATTR;
        LOCAL.addGetter("__dict__", PyObject::getDict);
        LOCAL.ready();
    }

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("LockType"), LOCK);
        d.setItem(PyStr.of("RLock"), RLOCK);
        d.setItem(PyStr.of("_local"), LOCAL);
        d.setItem(PyStr.of("error"), PyExc.RuntimeError);
        d.setItem(PyStr.of("TIMEOUT_MAX"), PyFloat.of(TIMEOUT_MAX));
        MethFast allocate = (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("allocate_lock", n, k);
            return new Lock();
        };
        def(m, d, "allocate_lock", allocate);
        def(m, d, "allocate", allocate);
        def(m, d, "_set_sentinel", allocate);
        def(m, d, "get_ident", (s, a, o, n, k) -> PyInt.of(ident()));
        def(m, d, "get_native_id", (s, a, o, n, k) -> PyInt.of(ident()));
        def(m, d, "_count", (s, a, o, n, k) -> PyInt.of(0));
        def(m, d, "stack_size", (s, a, o, n, k) -> PyInt.of(0));
        MethFast start = (s, a, o, n, k) -> {
            throw PyErr.format(PyExc.RuntimeError, "can't start new thread");
        };
        def(m, d, "start_new_thread", start);
        def(m, d, "start_new", start);
        MethFast exit = (s, a, o, n, k) -> {
            throw PyErr.raise(PyExc.SystemExit);
        };
        def(m, d, "exit", exit);
        def(m, d, "exit_thread", exit);
        return m;
    }

    private static void def(PyModule m, PyDict d, String name, MethFast f) {
        BuiltinsModule.def(m, d, "_thread", name, f);
    }
}
