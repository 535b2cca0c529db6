package org.sanca.modules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.sanca.ast.AstSpec;
import org.sanca.objects.Abstract;
import org.sanca.objects.Args;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInstance;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;
import org.sanca.objects.TypeObject;

/**
 * The _ast module's classes: AST with its keyword/positional constructor, and one class per
 * ASDL type and constructor (from {@link AstSpec}) with _fields, _attributes, __match_args__,
 * the class-level None defaults of optional fields, and CPython's docstrings.
 * CPython: Python/Python-ast.c (init_types, make_type, ast_type_init, ast_type_reduce).
 */
public final class AstModule {
    /** The constructors' and types' classes by Python name ("AST", "expr", "BinOp", ...). */
    private final Map<String, PyType> types = new HashMap<>();
    /** The instance used for each simple-sum value (Load, Add, ...), as CPython's singletons. */
    private final Map<Enum<?>, PyObject> singletons = new IdentityHashMap<>();
    private final Map<String, AstSpec.Entry> entries = new HashMap<>();
    /** Each constructor's and simple-sum value's class, with its position in AstSpec.ENTRIES. */
    private final Map<PyType, Integer> entryIndex = new IdentityHashMap<>();

    private static volatile AstModule instance;

    private AstModule() {
        PyType ast = makeAstBase();
        types.put("AST", ast);
        for (AstSpec.Entry e : AstSpec.ENTRIES) {
            entries.put(e.name(), e);
            PyType t = makeType(e, types.get(e.base()));
            types.put(e.name(), t);
            if (e.javaClass() != null && !e.base().equals("AST")) {
                entryIndex.put(t, entryIndex.size());
            }
            if (e.enumConstant() != null) {
                singletons.put((Enum<?>) e.enumConstant(), new PyInstance(t));
            }
        }
    }

    /** The interpreter-wide _ast classes, created on first use. */
    public static AstModule get() {
        AstModule m = instance;
        if (m == null) {
            synchronized (AstModule.class) {
                if (instance == null) {
                    instance = new AstModule();
                }
                m = instance;
            }
        }
        return m;
    }

    /** The class named {@code name} ("AST", "Module", "expr", "Add", ...), or null. */
    public PyType type(String name) {
        return types.get(name);
    }

    /** The spec entry of a class name, or null for AST. */
    AstSpec.Entry entry(String name) {
        return entries.get(name);
    }

    /**
     * The constructor of sum type {@code base} that obj is an instance of (the first in ASDL
     * order, as obj2ast's isinstance tests go), or null: found along obj's MRO.
     */
    AstSpec.Entry constructorOf(PyObject obj, String base) {
        AstSpec.Entry best = null;
        int bestIndex = Integer.MAX_VALUE;
        for (PyType t : obj.type().getMro()) {
            Integer i = entryIndex.get(t);
            if (i != null && i < bestIndex) {
                AstSpec.Entry e = entries.get(t.getName());
                if (e != null && e.base().equals(base) && types.get(e.name()) == t) {
                    best = e;
                    bestIndex = i;
                }
            }
        }
        return best;
    }

    /** The shared instance standing for a simple-sum value such as Load or Add. */
    PyObject singleton(Enum<?> value) {
        return singletons.get(value);
    }

    /** Every class, in AstSpec order after AST: what module _ast exports. */
    public Map<String, PyType> allTypes() {
        return types;
    }

    /** Fills a module dict with the classes and the PyCF_* constants module _ast has. */
    public void populate(PyDict dict) {
        for (Map.Entry<String, PyType> e : types.entrySet()) {
            dict.setItem(PyStr.of(e.getKey()), e.getValue());
        }
        dict.setItem(PyStr.of("PyCF_ONLY_AST"), org.sanca.objects.PyInt.of(0x400));
        dict.setItem(PyStr.of("PyCF_TYPE_COMMENTS"), org.sanca.objects.PyInt.of(0x1000));
        dict.setItem(PyStr.of("PyCF_ALLOW_TOP_LEVEL_AWAIT"), org.sanca.objects.PyInt.of(0x2000));
    }

    private static PyTuple strings(List<String> names) {
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(names.get(i));
        }
        return PyTuple.of(items);
    }

    private PyType makeAstBase() {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("ast"));
        ns.setItem(PyStr.of("_fields"), PyTuple.EMPTY);
        ns.setItem(PyStr.of("__match_args__"), PyTuple.EMPTY);
        ns.setItem(PyStr.of("_attributes"), PyTuple.EMPTY);
        PyType ast = TypeObject.newType("AST", PyTuple.of(PyType.OBJECT), ns);
        ast.addMethod("__init__", AstModule::init);
        ast.addMethod("__reduce__", AstModule::reduce);
        // set again through type.__setattr__ so that the tp_init slot follows
        PyStr init = PyStr.of("__init__");
        Abstract.setAttr(ast, init, ast.getDict().getItemStr(init));
        return ast;
    }

    private PyType makeType(AstSpec.Entry e, PyType base) {
        PyDict ns = new PyDict();
        PyTuple fields = strings(e.fields());
        ns.setItem(PyStr.of("_fields"), fields);
        ns.setItem(PyStr.of("__match_args__"), fields);
        ns.setItem(PyStr.of("__module__"), PyStr.of("ast"));
        ns.setItem(PyStr.of("__doc__"), PyStr.of(doc(e)));
        boolean abstractType = e.javaClass() == null;
        if (abstractType || !e.attributes().isEmpty()) {
            ns.setItem(PyStr.of("_attributes"), strings(e.attributes()));
            if (e.attributes().contains("end_lineno")) {
                ns.setItem(PyStr.of("end_lineno"), Py.None);
                ns.setItem(PyStr.of("end_col_offset"), Py.None);
            }
        }
        for (int i = 0; i < e.fields().size(); i++) {
            if (e.fieldTypes().get(i).endsWith("?")) {
                ns.setItem(PyStr.of(e.fields().get(i)), Py.None);
            }
        }
        return TypeObject.newType(e.name(), PyTuple.of(base), ns);
    }

    /** The class docstring: the ASDL definition, as Python-ast.c's make_type receives it. */
    String doc(AstSpec.Entry e) {
        if (e.javaClass() != null) {
            return signature(e);
        }
        List<String> alternatives = new ArrayList<>();
        boolean simple = true;
        for (AstSpec.Entry c : AstSpec.ENTRIES) {
            if (c.base().equals(e.name())) {
                alternatives.add(signature(c));
                simple &= c.enumConstant() != null;
            }
        }
        String sep = simple ? " | " : "\n" + " ".repeat(e.name().length() + 1) + "| ";
        return e.name() + " = " + String.join(sep, alternatives);
    }

    private static String signature(AstSpec.Entry c) {
        if (c.fields().isEmpty()) {
            return c.name();
        }
        StringBuilder sb = new StringBuilder(c.name()).append('(');
        for (int i = 0; i < c.fields().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(c.fieldTypes().get(i)).append(' ').append(c.fields().get(i));
        }
        return sb.append(')').toString();
    }

    /** AST.__init__(self, *args, **kwargs): positional arguments by _fields, then keywords. */
    private static PyObject init(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        PyObject fields = n > 0 ? Abstract.lookupAttr(self.type(), "_fields") : null;
        if (n > 0) {
            int count = fields == null ? 0 : Abstract.len(fields);
            if (n > count) {
                throw PyErr.format(PyExc.TypeError, "%s constructor takes at most %d positional argument%s",
                    self.type().getName(), count, count == 1 ? "" : "s");
            }
            for (int i = 0; i < n; i++) {
                setField(self, Abstract.getItem(fields, org.sanca.objects.PyInt.of(i)), a[o + i]);
            }
        }
        if (kw != null) {
            for (int i = 0; i < kw.size(); i++) {
                checkNotPositional(self, fields, n, kw.get(i));
                setField(self, kw.get(i), a[o + n + i]);
            }
        }
        return Py.None;
    }

    private static void setField(PyObject self, PyObject name, PyObject value) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.format(PyExc.TypeError, "attribute name must be string, not '%.200s'", PyErr.typeName(name));
        }
        Abstract.setAttr(self, s, value);
    }

    /** A keyword naming a field already given by position is a TypeError, as in ast_type_init. */
    private static void checkNotPositional(PyObject self, PyObject fields, int nargs, PyObject key) {
        for (int j = 0; j < nargs; j++) {
            if (Abstract.richCompareBool(Abstract.getItem(fields, org.sanca.objects.PyInt.of(j)), key, Abstract.EQ)) {
                throw PyErr.format(PyExc.TypeError, "%s got multiple values for argument '%s'",
                    self.type().getName(), Abstract.str(key).asString());
            }
        }
    }

    /** AST.__reduce__: (type(self), (), self.__dict__) so copy and pickle work. */
    private static PyObject reduce(PyObject self, PyObject[] a, int o, int n, PyTuple kw) {
        Args.noKeywords("__reduce__", kw);
        PyDict d = self.getDict();
        return d == null ? PyTuple.of(self.type(), PyTuple.EMPTY) : PyTuple.of(self.type(), PyTuple.EMPTY, d);
    }
}
