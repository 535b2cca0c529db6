package org.sanca.modules;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sanca.ast.AstSpec;
import org.sanca.ast.Located;
import org.sanca.ast.Node;
import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyException;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyInstance;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyList;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;

/**
 * Converts between Sanca's Java AST and the _ast module's Python objects: ast2obj for
 * compile(..., PyCF_ONLY_AST) and obj2ast for compile() of an AST object, with CPython's
 * messages for malformed trees.
 * CPython: Python/Python-ast.c (ast2obj_mod, obj2ast_mod and their per-type helpers).
 */
public final class AstConverter {
    private static final String[] LOCATION = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private final AstModule ast = AstModule.get();
    /** ast2obj's depth count, from the caller's recursion depth to the limit (times 3, as CPython's). */
    private int depth;
    private final int limit;

    /**
     * obj2ast's count: the Python recursion depth plus one per field being converted, checked
     * against the recursion limit as CPython's _Py_EnterRecursiveCall does around each field.
     */
    private int fieldDepth = org.sanca.vm.ThreadState.get().depth();
    private final int recursionLimit = org.sanca.vm.Interpreter.getRecursionLimit();

    /** A converter for the calling thread, its depth budget taken from the Python frames active now. */
    public AstConverter() {
        org.sanca.compiler.CompileRecursionError.Budget budget = org.sanca.runtime.Compile.recursionBudget();
        depth = budget.start();
        limit = budget.limit();
    }

    // ---- Java -> Python ---------------------------------------------------------------------

    /** ast2obj: the Python object for a node, a list of nodes, a name, an int or a constant. */
    public PyObject toPython(Object value) {
        return switch (value) {
            case null -> Py.None;
            case Node node -> nodeToPython(node);
            case List<?> list -> listToPython(list);
            case String s -> PyStr.of(s);
            case Integer i -> PyInt.of(i);
            case Enum<?> e -> ast.singleton(e);
            case PyObject o -> o;
            default -> throw new IllegalStateException("unexpected AST value " + value.getClass());
        };
    }

    private PyObject listToPython(List<?> list) {
        PyObject[] items = new PyObject[list.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = toPython(list.get(i));
        }
        return new PyList(items);
    }

    private PyObject nodeToPython(Node node) {
        if (++depth > limit) {
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded during ast construction");
        }
        PyObject obj = nodeObject(node);
        depth--;
        return obj;
    }

    private PyObject nodeObject(Node node) {
        Shape shape = SHAPES.get(node.getClass());
        PyDict dict = PyDict.withCapacity(shape.fields.length + LOCATION.length);
        PyStr[] fields = shape.fields;
        for (int i = 0; i < fields.length; i++) {
            dict.setItem(fields[i], toPython(node.getField(i)));
        }
        if (node instanceof Located loc) {
            dict.setItem(LOCATION_KEYS[0], PyInt.of(loc.lineno()));
            dict.setItem(LOCATION_KEYS[1], PyInt.of(loc.col_offset()));
            dict.setItem(LOCATION_KEYS[2], PyInt.of(loc.end_lineno()));
            dict.setItem(LOCATION_KEYS[3], PyInt.of(loc.end_col_offset()));
        }
        return new PyInstance(shape.type, dict);
    }

    /** A node class's Python type and its field names as keys, made once (hashes cached). */
    private record Shape(PyType type, PyStr[] fields) {}

    private static final PyStr[] LOCATION_KEYS = keys(LOCATION);

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> c) {
            for (AstSpec.Entry e : AstSpec.ENTRIES) {
                if (e.javaClass() == c) {
                    return new Shape(AstModule.get().type(e.name()), keys(e.fields().toArray(new String[0])));
                }
            }
            throw new IllegalStateException("no _ast class for " + c);
        }
    };

    private static PyStr[] keys(String[] names) {
        PyStr[] keys = new PyStr[names.length];
        for (int i = 0; i < names.length; i++) {
            keys[i] = PyStr.of(names[i]);
            keys[i].hash();
        }
        return keys;
    }

    // ---- Python -> Java ---------------------------------------------------------------------

    /**
     * obj2ast: the Java node of ASDL type {@code asdlType} ("mod", "expr", "arguments", ...)
     * for a Python AST object; TypeError or ValueError as CPython raises them for bad trees.
     * A sum type's None is null; a product type is read from any object, as CPython does.
     */
    public Node toJava(PyObject obj, String asdlType) {
        AstSpec.Entry typeEntry = ast.entry(asdlType);
        if (typeEntry.javaClass() != null) {
            return build(obj, typeEntry, null);
        }
        if (obj == Py.None) {
            return null;
        }
        int[] loc = null;
        if (!typeEntry.attributes().isEmpty()) {
            enterField(asdlType);
            loc = location(obj, asdlType, asdlType.equals("pattern"));
            fieldDepth--;
        }
        AstSpec.Entry c = ast.constructorOf(obj, asdlType);
        if (c == null) {
            throw notA(asdlType, obj);
        }
        return build(obj, c, loc);
    }

    private static RuntimeException notA(String asdlType, PyObject obj) {
        return PyErr.format(PyExc.TypeError, "expected some sort of %s, but got %s", asdlType,
            Abstract.repr(obj).asString());
    }

    private Object enumValue(PyObject obj, String asdlType) {
        AstSpec.Entry c = ast.constructorOf(obj, asdlType);
        if (c == null) {
            throw notA(asdlType, obj);
        }
        return c.enumConstant();
    }

    /**
     * A constructor's node: its fields in order, then (for arg, keyword and alias) its own
     * position; a required field left None is a ValueError once all are read, as the C
     * constructors check.
     */
    private Node build(PyObject obj, AstSpec.Entry c, int[] loc) {
        Constructor<?> ctor = CONSTRUCTORS.computeIfAbsent(c.javaClass(), k -> k.getConstructors()[0]);
        Class<?>[] params = ctor.getParameterTypes();
        Object[] args = new Object[params.length];
        int nf = c.fields().size();
        PyStr[] keys = SHAPES.get(c.javaClass()).fields;
        for (int i = 0; i < nf; i++) {
            args[i] = field(obj, c.name(), keys[i], c.fieldTypes().get(i));
        }
        if (!c.attributes().isEmpty()) {
            enterField(c.name());
            loc = location(obj, c.name(), false);
            fieldDepth--;
        }
        for (int i = 0; i < nf; i++) {
            if (args[i] == null) {
                String type = c.fieldTypes().get(i);
                if (!type.endsWith("?")) {
                    throw PyErr.format(PyExc.ValueError, "field '%s' is required for %s", c.fields().get(i), c.name());
                }
                if (params[i].isPrimitive()) {
                    args[i] = 0;
                }
            }
        }
        if (params.length == nf + 4) {
            for (int i = 0; i < 4; i++) {
                args[nf + i] = loc[i];
            }
        }
        try {
            return (Node) ctor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw PyErr.format(PyExc.SystemError, "cannot build %s node: %s", c.name(), String.valueOf(e));
        }
    }

    /**
     * lineno and col_offset, required; end_lineno and end_col_offset, which default to them
     * (patterns require all four).
     */
    private int[] location(PyObject obj, String owner, boolean allRequired) {
        int[] loc = new int[4];
        for (int i = 0; i < 4; i++) {
            PyObject v = Abstract.lookupAttr(obj, LOCATION_KEYS[i]);
            if (v == null && (i < 2 || allRequired)) {
                throw PyErr.format(PyExc.TypeError, "required field \"%s\" missing from %s", LOCATION[i], owner);
            }
            loc[i] = v == null || (v == Py.None && i >= 2) ? loc[i - 2] : toInt(v);
        }
        return loc;
    }

    private Object field(PyObject obj, String owner, PyStr key, String type) {
        String name = key.asString();
        PyObject v = Abstract.lookupAttr(obj, key);
        boolean optional = type.endsWith("?");
        boolean sequence = type.endsWith("*");
        String base = optional || sequence ? type.substring(0, type.length() - 1) : type;
        if (v == null || (optional && v == Py.None)) {
            if (optional) {
                return null;
            }
            throw PyErr.format(PyExc.TypeError, "required field \"%s\" missing from %s", name, owner);
        }
        if (!sequence) {
            enterField(owner);
            Object r = scalar(v, base);
            fieldDepth--;
            return r;
        }
        if (!(v instanceof PyList list)) {
            throw PyErr.format(PyExc.TypeError, "%s field \"%s\" must be a list, not a %s", owner, name,
                v.type().getName());
        }
        List<Object> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            enterField(owner);
            Object item = scalar(list.get(i), base);
            fieldDepth--;
            if (item == null && base.equals("identifier")) {
                throw PyErr.format(PyExc.TypeError, "AST identifier must be of type str");
            }
            out.add(item);
        }
        return out;
    }

    /** _Py_EnterRecursiveCall(" while traversing 'owner' node") around a field's conversion. */
    private void enterField(String owner) {
        if (++fieldDepth > recursionLimit) {
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded while traversing '%s' node",
                owner);
        }
    }

    private Object scalar(PyObject v, String type) {
        return switch (type) {
            case "identifier", "string" -> string(v, type);
            case "int" -> toInt(v);
            case "constant" -> v;
            case "expr_context", "boolop", "operator", "unaryop", "cmpop" -> enumValue(v, type);
            default -> toJava(v, type);
        };
    }

    /**
     * obj2ast_identifier (an exact str, or None) and obj2ast_string (an exact str or bytes,
     * never None).
     */
    private static String string(PyObject v, String type) {
        if (v.type() == PyStr.TYPE) {
            return ((PyStr) v).asString();
        }
        boolean identifier = type.equals("identifier");
        if (identifier && v == Py.None) {
            return null;
        }
        if (!identifier && v.type() == org.sanca.objects.PyBytes.TYPE) {
            return new String(((org.sanca.objects.PyBytes) v).toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyErr.format(PyExc.TypeError, "AST %s must be of type str", type);
    }

    /** obj2ast_int: an int that fits a C int. */
    private static int toInt(PyObject v) {
        if (!(v instanceof PyInt i)) {
            throw PyErr.format(PyExc.ValueError, "invalid integer value: %s", Abstract.repr(v).asString());
        }
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /** Whether {@code obj} is an instance of _ast.AST. */
    public boolean isAst(PyObject obj) {
        return Abstract.isInstance(obj, ast.type("AST"));
    }

    /** Whether {@code obj} is an instance of the _ast class {@code name}. */
    public boolean isInstance(PyObject obj, String name) {
        PyType t = ast.type(name);
        try {
            return t != null && Abstract.isInstance(obj, t);
        } catch (PyException e) {
            return false;
        }
    }
}
