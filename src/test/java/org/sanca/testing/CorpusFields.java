package org.sanca.testing;

import org.sanca.parser.SyntaxErrorException;

/**
 * How the corpus generators (tests/syntax/generate.py, tests/compile/generate.py) write a
 * SyntaxError's fields into their .tsv files, for the tests that compare Sanca's with them.
 */
public final class CorpusFields {
    private CorpusFields() {}

    /** generate.py's escape(): None as &lt;None&gt;; \\ \t \n \r, other C0 controls, DEL and lone surrogates escaped. */
    public static String escape(String s) {
        if (s == null) {
            return "<None>";
        }
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\x%02x", c));
                    } else if (c >= 0xD800 && c < 0xE000) {
                        sb.append(String.format("\\u%04x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** A position field: the number, or &lt;None&gt;. */
    public static String intOrNone(int v) {
        return v == SyntaxErrorException.NONE ? "<None>" : Integer.toString(v);
    }
}
