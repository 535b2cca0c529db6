package org.sanca.parser;

import java.util.Locale;

/**
 * Looks up the character named in a \N{...} escape as CPython's unicodedata does: Unicode
 * names in any case, algorithmic CJK and Hangul syllable names, and the control-character
 * aliases; named sequences are refused.
 * CPython: Modules/unicodedata.c (_getcode).
 */
public final class LiteralsNames {
    private LiteralsNames() {}

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int S_BASE = 0xAC00;

    /** The code point called name, or -1. */
    public static int lookup(String name) {
        if (name.isEmpty() || Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            return hangul(upper.substring(16));
        }
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            return ideograph(upper.substring(22));
        }
        int cp = control(upper);
        if (cp >= 0) {
            return cp;
        }
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || !upper.equals(Character.getName(cp))) {
            return -1;
        }
        return cp;
    }

    /** Controls have no names, only aliases: Java's "LINE FEED (LF)" gives "LINE FEED" and "LF". */
    private static int control(String upper) {
        for (int c = 0; c < 0xA0; c++) {
            if (c == 0x20) {
                c = 0x7F;
            }
            String n = Character.getName(c);
            if (n == null) {
                continue;
            }
            int paren = n.lastIndexOf(" (");
            if (paren > 0 && n.endsWith(")")) {
                if (upper.equals(n.substring(0, paren)) || upper.equals(n.substring(paren + 2, n.length() - 1))) {
                    return c;
                }
            } else if (upper.equals(n) && Character.getType(c) == Character.CONTROL && !n.contains(" SUPPLEMENT ")) {
                return c;
            }
        }
        return -1;
    }

    private static int ideograph(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        int cp = 0;
        for (int i = 0; i < hex.length(); i++) {
            int d = Character.digit(hex.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            cp = cp * 16 + d;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        boolean unified = block != null && block.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS")
                && Character.getType(cp) == Character.OTHER_LETTER;
        return unified ? cp : -1;
    }

    /** CPython: find_syllable — longest match of each jamo in turn. */
    private static int hangul(String s) {
        int[] at = {0};
        int l = longest(s, at, JAMO_L);
        int v = longest(s, at, JAMO_V);
        int t = longest(s, at, JAMO_T);
        if (l < 0 || v < 0 || t < 0 || at[0] != s.length()) {
            return -1;
        }
        return S_BASE + (l * JAMO_V.length + v) * JAMO_T.length + t;
    }

    private static int longest(String s, int[] at, String[] names) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (n.length() > bestLen && s.startsWith(n, at[0])) {
                best = i;
                bestLen = n.length();
            }
        }
        at[0] += Math.max(bestLen, 0);
        return best;
    }
}
