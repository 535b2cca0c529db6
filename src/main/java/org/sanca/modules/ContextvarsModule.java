package org.sanca.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyGenericAlias;
import org.sanca.objects.PyList;
import org.sanca.objects.PyModule;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots;

/**
 * The _contextvars module: Context (an immutable mapping of context variables to values, one
 * current per thread, entered by run), ContextVar (get, set, reset) and Token. A context's
 * mapping is copied on write (CPython shares structure in a HAMT; the results are the same).
 * CPython: Python/context.c, Modules/_contextvarsmodule.c.
 */
public final class ContextvarsModule {
    private ContextvarsModule() {}

    static final PyType CONTEXT = new PyType("_contextvars.Context", PyType.MAPPING);
    static final PyType CONTEXT_VAR = new PyType("_contextvars.ContextVar", 0);
    static final PyType TOKEN = new PyType("_contextvars.Token", 0);
    static final PyType MISSING_TYPE = new PyType("Token.MISSING", 0);

    /** Token.MISSING: the old value of a variable that had none. */
    static final PyObject MISSING = new Marker();

    private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

    /** Creates the module. */
    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(PyStr.of("Context"), CONTEXT);
        d.setItem(PyStr.of("ContextVar"), CONTEXT_VAR);
        d.setItem(PyStr.of("Token"), TOKEN);
        BuiltinsModule.def(m, d, "_contextvars", "copy_context", (s, a, o, n, k) -> {
            Args.noKeywords("copy_context", k);
            Args.exactly("copy_context", n, 0);
            return new Context(current().vars);
        });
        return m;
    }

    /** The calling thread's current context, made empty on first use. */
    static Context current() {
        Context c = CURRENT.get();
        if (c == null) {
            c = new Context(new LinkedHashMap<>());
            CURRENT.set(c);
        }
        return c;
    }

    static final class Marker extends PyObject {
        @Override
        public PyType type() {
            return MISSING_TYPE;
        }
    }

    /** A context: its variables' values, and whether a run() has it entered. */
    static final class Context extends PyObject {
        Map<PyObject, PyObject> vars;
        boolean entered;

        Context(Map<PyObject, PyObject> vars) {
            this.vars = vars;
        }

        @Override
        public PyType type() {
            return CONTEXT;
        }

        PyObject run(PyObject[] a, int o, int n, PyTuple k) {
            if (entered) {
                throw PyErr.format(PyExc.RuntimeError, "cannot enter context: %s is already entered",
                    Abstract.repr(this).asString());
            }
            Context prev = current();
            entered = true;
            CURRENT.set(this);
            try {
                return Abstract.call(a[o], a, o + 1, n - 1, k);
            } finally {
                CURRENT.set(prev);
                entered = false;
            }
        }
    }

    /** A context variable: its name and optional default. */
    static final class ContextVar extends PyObject {
        final PyStr name;
        final PyObject dflt;

        ContextVar(PyStr name, PyObject dflt) {
            this.name = name;
            this.dflt = dflt;
        }

        @Override
        public PyType type() {
            return CONTEXT_VAR;
        }

        PyObject get(PyObject fallback) {
            PyObject v = current().vars.get(this);
            if (v != null) return v;
            if (fallback != null) return fallback;
            if (dflt != null) return dflt;
            throw PyErr.raise(PyExc.LookupError, this);
        }

        Token set(PyObject value) {
            Context ctx = current();
            PyObject old = ctx.vars.get(this);
            Map<PyObject, PyObject> copy = new LinkedHashMap<>(ctx.vars);
            copy.put(this, value);
            ctx.vars = copy;
            return new Token(ctx, this, old == null ? MISSING : old);
        }

        void reset(PyObject t) {
            if (!(t instanceof Token token)) {
                throw PyErr.format(PyExc.TypeError, "expected an instance of Token, got %s", Abstract.repr(t).asString());
            }
            if (token.used) {
                throw PyErr.format(PyExc.RuntimeError, "%s has already been used once", Abstract.repr(token).asString());
            }
            if (token.var != this) {
                throw PyErr.format(PyExc.ValueError, "%s was created by a different ContextVar", Abstract.repr(token).asString());
            }
            Context ctx = current();
            if (token.ctx != ctx) {
                throw PyErr.format(PyExc.ValueError, "%s was created in a different Context", Abstract.repr(token).asString());
            }
            token.used = true;
            Map<PyObject, PyObject> copy = new LinkedHashMap<>(ctx.vars);
            if (token.old == MISSING) {
                copy.remove(this);
            } else {
                copy.put(this, token.old);
            }
            ctx.vars = copy;
        }
    }

    /** What ContextVar.set returns, for reset. */
    static final class Token extends PyObject {
        final Context ctx;
        final ContextVar var;
        final PyObject old;
        boolean used;

        Token(Context ctx, ContextVar var, PyObject old) {
            this.ctx = ctx;
            this.var = var;
            this.old = old;
        }

        @Override
        public PyType type() {
            return TOKEN;
        }
    }

    private static Context ctx(PyObject o) {
        return (Context) o;
    }

    private static ContextVar key(PyObject k) {
        if (!(k instanceof ContextVar v)) {
            throw PyErr.format(PyExc.TypeError, "a ContextVar key was expected, got %s", Abstract.repr(k).asString());
        }
        return v;
    }

    private static void classGetItem(PyType t) {
        t.addClassMethod("__class_getitem__", (c, a, o, n, k) -> Abstract.call(PyGenericAlias.TYPE, c, a[o]));
    }

    static {
        MISSING_TYPE.tp_repr = o -> PyStr.of("<Token.MISSING>");
        MISSING_TYPE.ready();
        initContext();
        initContextVar();
        initToken();
    }

    private static void initContext() {
        PyType t = CONTEXT;
        t.tp_new = (type, a, o, n, k) -> {
            if (n != 0 || (k != null && k.size() != 0)) {
                throw PyErr.format(PyExc.TypeError, "Context() does not accept any arguments");
            }
            return new Context(new LinkedHashMap<>());
        };
        t.mp_subscript = (o, k) -> {
            PyObject v = ctx(o).vars.get(key(k));
            if (v == null) throw PyErr.raise(PyExc.KeyError, k);
            return v;
        };
        t.mp_length = o -> ctx(o).vars.size();
        t.sq_contains = (o, k) -> ctx(o).vars.containsKey(key(k));
        t.tp_iter = o -> Abstract.getIter(new PyList(ctx(o).vars.keySet().toArray(new PyObject[0])));
        t.tp_richcompare = (v, w, op) -> {
            if (!(w instanceof Context c) || (op != Abstract.EQ && op != Abstract.NE)) return Py.NotImplemented;
            boolean eq = sameMapping(ctx(v).vars, c.vars);
            return PyBool.of(eq == (op == Abstract.EQ));
        };
        t.put("__hash__", Py.None);
        t.addMethod("run", (Slots.MethFast) (s, a, o, n, k) -> {
            if (n < 1) throw PyErr.format(PyExc.TypeError, "run() missing 1 required positional argument");
            return ctx(s).run(a, o, n, k);
        });
        t.addMethod("copy", (Slots.MethNoArgs) s -> new Context(ctx(s).vars));
        t.addMethod("get", (Slots.MethFast) (s, a, o, n, k) -> {
            Args.noKeywords("get", k);
            Args.range("get", n, 1, 2);
            PyObject v = ctx(s).vars.get(key(a[o]));
            return v != null ? v : n > 1 ? a[o + 1] : Py.None;
        });
        t.addMethod("keys", (Slots.MethNoArgs) s -> listIter(ctx(s).vars.keySet()));
        t.addMethod("values", (Slots.MethNoArgs) s -> listIter(ctx(s).vars.values()));
        t.addMethod("items", (Slots.MethNoArgs) s -> {
            List<PyObject> items = new ArrayList<>();
            ctx(s).vars.forEach((k, v) -> items.add(PyTuple.of(k, v)));
            return listIter(items);
        });
        t.ready();
    }

    private static boolean sameMapping(Map<PyObject, PyObject> a, Map<PyObject, PyObject> b) {
        if (a.size() != b.size()) return false;
        for (Map.Entry<PyObject, PyObject> e : a.entrySet()) {
            PyObject other = b.get(e.getKey());
            if (other == null || !Abstract.richCompareBool(e.getValue(), other, Abstract.EQ)) return false;
        }
        return true;
    }

    private static PyObject listIter(java.util.Collection<PyObject> items) {
        return Abstract.getIter(new PyList(items.toArray(new PyObject[0])));
    }

    private static void initContextVar() {
        PyType t = CONTEXT_VAR;
        t.tp_new = (type, a, o, n, k) -> {
            if (n > 1) {
                throw PyErr.format(PyExc.TypeError, "ContextVar() takes at most 1 positional argument (%d given)", n);
            }
            PyObject[] p = Args.parse("ContextVar", a, o, n, k, new String[] {"name", "default"}, 1, 1);
            if (!(p[0] instanceof PyStr name)) {
                throw PyErr.format(PyExc.TypeError, "context variable name must be a str");
            }
            return new ContextVar(name, p[1]);
        };
        t.tp_repr = o -> {
            ContextVar v = (ContextVar) o;
            String dflt = v.dflt == null ? "" : " default=" + Abstract.repr(v.dflt).asString();
            return PyStr.of("<ContextVar name=" + Abstract.repr(v.name).asString() + dflt + " at " + Py.idHex(o) + ">");
        };
        t.tp_hash = o -> System.identityHashCode(o);
        t.addGetter("name", o -> ((ContextVar) o).name);
        t.addMethod("get", (Slots.MethFast) (s, a, o, n, k) -> {
            Args.noKeywords("get", k);
            Args.range("get", n, 0, 1);
            return ((ContextVar) s).get(n > 0 ? a[o] : null);
        });
        t.addMethod("set", (Slots.MethO) (s, v) -> ((ContextVar) s).set(v));
        t.addMethod("reset", (Slots.MethO) (s, tok) -> {
            ((ContextVar) s).reset(tok);
            return Py.None;
        });
        classGetItem(t);
        t.ready();
    }

    private static void initToken() {
        PyType t = TOKEN;
        t.tp_repr = o -> {
            Token tok = (Token) o;
            return PyStr.of("<Token" + (tok.used ? " used" : "") + " var=" + Abstract.repr(tok.var).asString()
                + " at " + Py.idHex(o) + ">");
        };
        t.addGetter("var", o -> ((Token) o).var);
        t.addGetter("old_value", o -> ((Token) o).old);
        t.put("MISSING", MISSING);
        classGetItem(t);
        t.ready();
    }
}
