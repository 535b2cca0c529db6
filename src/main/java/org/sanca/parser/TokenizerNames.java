package org.sanca.parser;

import java.text.Normalizer;

/**
 * Identifier handling for the tokenizer: an intern table that turns ASCII name bytes into
 * shared Strings without allocating, and the PEP 3131 check of non-ASCII identifiers
 * (XID_Start/XID_Continue, NFKC normalisation, CPython's "invalid character" errors).
 * CPython: Parser/tokenizer.c (verify_identifier), Objects/unicodeobject.c
 * (_PyUnicode_ScanIdentifier), Parser/pegen.c (_PyPegen_new_identifier).
 */
final class TokenizerNames {
    private String[] table = new String[1024];
    private int size;

    /** The interned String of the ASCII bytes b[from, to). */
    String intern(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int mask = table.length - 1;
        int i = mix(h) & mask;
        for (;;) {
            String s = table[i];
            if (s == null) {
                s = new String(b, 0, from, to - from).intern();
                table[i] = s;
                if (++size * 2 > table.length) {
                    grow();
                }
                return s;
            }
            if (s.hashCode() == h && sameChars(s, b, from, to)) {
                return s;
            }
            i = (i + 1) & mask;
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean sameChars(String s, byte[] b, int from, int to) {
        if (s.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i - from) != b[i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int i = mix(s.hashCode()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = s;
            }
        }
    }

    /**
     * Checks the non-ASCII identifier b[from, to) and returns it NFKC-normalised; raises
     * CPython's error for malformed UTF-8 or a character that cannot be in an identifier.
     */
    static String verify(Tokenizer t, byte[] b, int from, int to) {
        int bad = TokenizerUtf8.firstInvalid(b, from, to);
        if (bad >= 0) {
            throw t.decodeError("(unicode error) " + TokenizerUtf8.errorMessage(b, bad, to, from));
        }
        String s = new String(b, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            boolean ok = i == 0 ? isXidStart(cp) : isXidContinue(cp);
            if (!ok) {
                throw invalidCharacter(t, s, i, cp, from);
            }
            i += Character.charCount(cp);
        }
        String norm = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        return norm.intern();
    }

    private static SyntaxErrorException invalidCharacter(Tokenizer t, String s, int i, int cp, int from) {
        int next = i + Character.charCount(cp);
        if (next < s.length()) {
            t.setPosition(from + s.substring(0, next).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
        String hex = String.format("%04X", cp);
        if (isPrintable(cp)) {
            return t.syntaxError("invalid character '" + Character.toString(cp) + "' (U+" + hex + ")");
        }
        return t.syntaxError("invalid non-printable character U+" + hex);
    }

    static boolean isXidStart(int cp) {
        return cp == '_' || (Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    static boolean isXidContinue(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    /** CPython: Py_UNICODE_ISPRINTABLE — not a control, format, surrogate, private-use, unassigned or separator (but space). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
