package org.sanca.objects;

import java.util.Locale;

/**
 * CPython 3.11's per-character Unicode predicates and simple case mappings (Unicode 14, from the generated
 * {@link UnicodeTables}) for code outside this package, such as the regular-expression engine.
 * CPython: Objects/unicodectype.c (_PyUnicode_IsDecimalDigit, _PyUnicode_IsAlpha, _PyUnicode_ToLowercase, ...).
 */
public final class UnicodeCtype {
    private UnicodeCtype() {}

    /** Py_UNICODE_ISDECIMAL. */
    public static boolean isDecimal(int c) {
        return StrMethods.isDecimal(c);
    }

    /** Py_UNICODE_ISALNUM: alpha, decimal, digit or numeric. */
    public static boolean isAlnum(int c) {
        return StrMethods.isAlpha(c) || StrMethods.isDecimal(c) || StrMethods.isDigit(c) || StrMethods.isNumeric(c);
    }

    /** _PyUnicode_ToLowercase: the simple lowercase, or the first character of a special mapping. */
    public static int toLower(int c) {
        if (!UnicodeTables.in(UnicodeTables.HAS_LOWER, c)) return c;
        int l = Character.toLowerCase(c);
        return l != c ? l : Character.toString(c).toLowerCase(Locale.ROOT).codePointAt(0);
    }

    /** _PyUnicode_ToUppercase: the simple uppercase, or the first character of a special mapping ('ß' gives 'S'). */
    public static int toUpper(int c) {
        if (!UnicodeTables.in(UnicodeTables.HAS_UPPER, c)) return c;
        int u = Character.toUpperCase(c);
        return u != c ? u : Character.toString(c).toUpperCase(Locale.ROOT).codePointAt(0);
    }
}
