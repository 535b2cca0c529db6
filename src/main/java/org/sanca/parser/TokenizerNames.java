package org.sanca.parser;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Set;

/**
 * Identifier handling for the tokenizer: an intern table that turns ASCII name bytes into
 * shared Strings without allocating, and the PEP 3131 check of non-ASCII identifiers
 * (XID_Start/XID_Continue, NFKC normalisation, CPython's "invalid character" errors).
 * CPython: Parser/tokenizer.c (verify_identifier), Objects/unicodeobject.c
 * (_PyUnicode_ScanIdentifier), Parser/pegen.c (_PyPegen_new_identifier).
 */
final class TokenizerNames {
    /** Python 3.11's keywords and soft keywords (keyword.kwlist, keyword.softkwlist). */
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
            "yield", "_", "case", "match");

    private String[] table = new String[1024];
    private byte[][] keys = new byte[1024][];
    private int[] hashes = new int[1024];
    private int size;

    /** The hash intern() expects for the bytes b[from, to). */
    static int hash(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h;
    }

    /** The interned String of the ASCII bytes b[from, to), whose hash(b, from, to) is h. */
    String intern(byte[] b, int from, int to, int h) {
        int mask = table.length - 1;
        int i = mix(h) & mask;
        for (;;) {
            byte[] k = keys[i];
            if (k == null) {
                return add(i, b, from, to, h);
            }
            if (hashes[i] == h && sameBytes(k, b, from, to)) {
                return table[i];
            }
            i = (i + 1) & mask;
        }
    }

    private static boolean sameBytes(byte[] k, byte[] b, int from, int to) {
        if (k.length != to - from) {
            return false;
        }
        for (int j = 0; j < k.length; j++) {
            if (k[j] != b[from + j]) {
                return false;
            }
        }
        return true;
    }

    private String add(int i, byte[] b, int from, int to, int h) {
        String s = new String(b, 0, from, to - from).intern();
        table[i] = s;
        keys[i] = Arrays.copyOfRange(b, from, to);
        hashes[i] = h;
        if (++size * 2 > table.length) {
            grow();
        }
        return s;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldTable = table;
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes;
        int n = oldTable.length * 2;
        table = new String[n];
        keys = new byte[n][];
        hashes = new int[n];
        for (int j = 0; j < oldTable.length; j++) {
            if (oldKeys[j] != null) {
                int i = mix(oldHashes[j]) & (n - 1);
                while (keys[i] != null) {
                    i = (i + 1) & (n - 1);
                }
                table[i] = oldTable[j];
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    /**
     * Checks the non-ASCII identifier b[from, to) and returns it NFKC-normalised (unless that
     * makes a keyword of it: then as written, for the parser to normalise the name); raises
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
        if (Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            return s.intern();
        }
        String norm = Normalizer.normalize(s, Normalizer.Form.NFKC);
        // CPython tells keywords by the unnormalised text: "ｉｆ = 1" assigns to a name 'if'
        return KEYWORDS.contains(norm) ? s : norm.intern();
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
        return cp < 128 ? Tokenizer.isIdentifierChar(cp) && !(cp >= '0' && cp <= '9') : TokenizerXid.isStart(cp);
    }

    static boolean isXidContinue(int cp) {
        return cp < 128 ? Tokenizer.isIdentifierChar(cp) : TokenizerXid.isContinue(cp);
    }

    /** CPython: Py_UNICODE_ISPRINTABLE (for the non-ASCII characters an identifier may hold). */
    static boolean isPrintable(int cp) {
        return cp < 128 ? cp >= ' ' && cp < 127 : TokenizerXid.isPrintable(cp);
    }
}
