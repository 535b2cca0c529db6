package org.sanca.compiler;

/**
 * Private name mangling: __spam inside class Ham becomes _Ham__spam.
 * CPython: Python/compile.c (_Py_Mangle).
 */
final class Mangler {
    private Mangler() {}

    /** The mangled form of name inside class privateName (null outside classes). */
    static String mangle(String privateName, String name) {
        if (privateName == null || name.length() < 2 || name.charAt(0) != '_' || name.charAt(1) != '_') return name;
        if (name.endsWith("__") || name.indexOf('.') >= 0) return name;
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') i++;
        if (i == privateName.length()) return name;
        return "_" + privateName.substring(i) + name;
    }
}
