package org.sanca.compiler;

import java.lang.reflect.Constructor;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanca.ast.AstSpec;
import org.sanca.ast.Node;
import org.sanca.objects.Py;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/** Rebuilds an org.sanca.ast tree from the token form that src/test/resources/compiler/astser.py prints. */
final class AstReader {
    private static final Map<String, AstSpec.Entry> SPECS = new HashMap<>();

    static {
        for (AstSpec.Entry e : AstSpec.ENTRIES) SPECS.put(e.name(), e);
    }

    private final String[] tok;
    private int pos;

    private AstReader(String text) {
        this.tok = text.strip().split("\\s+");
    }

    /** The tree that the serialised text describes. */
    static Node read(String text) {
        return (Node) new AstReader(text).value();
    }

    private String next() {
        return tok[pos++];
    }

    private Object value() {
        String t = next();
        switch (t) {
            case "-": return null;
            case "s": return str(next());
            case "i": return Integer.parseInt(next());
            case "L": {
                int n = Integer.parseInt(next());
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) list.add(value());
                return list;
            }
            case "C": return constant();
            case "N": return node(next());
            default: throw new IllegalStateException("bad token " + t + " at " + pos);
        }
    }

    private Object node(String name) {
        AstSpec.Entry e = SPECS.get(name);
        if (e.enumConstant() != null) return e.enumConstant();
        int nf = e.fields().size();
        // AstSpec's entry for List names java.util.List (its import shadows the node class).
        Class<?> cls = name.equals("List") ? org.sanca.ast.List.class : e.javaClass();
        Constructor<?> c = cls.getConstructors()[0];
        Object[] args = new Object[c.getParameterCount()];
        for (int i = 0; i < nf; i++) args[i] = value();
        for (int i = nf; i < args.length; i++) args[i] = Integer.parseInt(next());
        try {
            return c.newInstance(args);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot build " + name, ex);
        }
    }

    private PyObject constant() {
        String t = next();
        switch (t) {
            case "None": return Py.None;
            case "True": return PyBool.of(true);
            case "False": return PyBool.of(false);
            case "...": return Py.Ellipsis;
            case "int": return PyInt.of(new BigInteger(next()));
            case "float": return PyFloat.of(dbl(next()));
            case "complex": return PyComplex.of(dbl(next()), dbl(next()));
            case "str": return PyStr.of(str(next()));
            case "bytes": return PyBytes.of(hex(next()));
            case "tuple":
            case "frozenset": {
                PyObject[] items = new PyObject[Integer.parseInt(next())];
                for (int i = 0; i < items.length; i++) items[i] = constant();
                return t.equals("tuple") ? PyTuple.of(items) : PyFrozenSet.of(items);
            }
            default: throw new IllegalStateException("bad constant " + t);
        }
    }

    private static double dbl(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    private static byte[] hex(String s) {
        if (s.equals(".")) return new byte[0];
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s, 2 * i, 2 * i + 2, 16);
        return b;
    }

    private static String str(String s) {
        byte[] b = hex(s);
        char[] c = new char[b.length / 2];
        for (int i = 0; i < c.length; i++) c[i] = (char) ((b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8);
        return new String(c);
    }
}
