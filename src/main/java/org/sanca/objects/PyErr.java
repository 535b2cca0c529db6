package org.sanca.objects;

/**
 * Raising Python exceptions from Java with CPython's messages.
 * CPython: Python/errors.c (PyErr_Format, PyErr_SetString) and PyUnicode_FromFormat.
 *
 * <p>Each factory returns the PyException for the caller to throw: {@code throw PyErr.format(...)}.
 */
public final class PyErr {
    private PyErr() {}

    /** An exception of the given type whose single argument is the message. */
    public static PyException format(PyType type, String fmt, Object... args) {
        return raise(type, PyStr.of(fmt(fmt, args)));
    }

    /** An exception of the given type, built by calling the type with the given arguments. */
    public static PyException raise(PyType type, PyObject... args) {
        PyObject e = Abstract.call(type, args);
        if (!(e instanceof PyBaseException be))
            return format(PyExc.TypeError, "calling %s should have returned an instance of BaseException, not %s",
                    type.getName(), e.type().getName());
        return new PyException(be);
    }

    /** The PyException carrying an existing exception instance. */
    public static PyException of(PyBaseException e) {
        return new PyException(e);
    }

    /** PyErr_NoMemory. */
    public static PyException noMemory() {
        return raise(PyExc.MemoryError);
    }

    /** "'%s' object ..." helper: the type name of o, as CPython's Py_TYPE(o)->tp_name. */
    public static String typeName(PyObject o) {
        return o.type().getName();
    }

    /**
     * PyUnicode_FromFormat: %s (Java value; a PyObject gives its str), %.Ns (truncated), %d %i %ld %zd %u
     * (numbers), %c (code point), %x, %U and %S (str of a PyObject), %R (repr), %A (ascii), %%.
     */
    public static String fmt(String fmt, Object... args) {
        StringBuilder sb = new StringBuilder(fmt.length() + 32);
        int ai = 0, n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            int j = i + 1;
            int prec = -1;
            if (fmt.charAt(j) == '.') {
                int k = j + 1;
                while (k < n && Character.isDigit(fmt.charAt(k))) k++;
                prec = Integer.parseInt(fmt.substring(j + 1, k));
                j = k;
            }
            while (j < n && (fmt.charAt(j) == 'l' || fmt.charAt(j) == 'z')) j++;
            char conv = fmt.charAt(j);
            i = j;
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            Object a = args[ai++];
            String s = switch (conv) {
                case 'R' -> Abstract.repr((PyObject) a).value;
                case 'A' -> Abstract.ascii((PyObject) a).value;
                case 'S', 'U' -> Abstract.str((PyObject) a).value;
                case 'c' -> new String(Character.toChars(((Number) a).intValue()));
                case 'x' -> Long.toHexString(((Number) a).longValue());
                case 's' -> a instanceof PyObject po ? Abstract.str(po).value : String.valueOf(a);
                default -> String.valueOf(a);
            };
            if (prec >= 0 && s.codePointCount(0, s.length()) > prec) s = s.substring(0, s.offsetByCodePoints(0, prec));
            sb.append(s);
        }
        return sb.toString();
    }
}
