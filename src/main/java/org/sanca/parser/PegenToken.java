package org.sanca.parser;

/**
 * One token as the parser keeps it: its kind (keywords get kinds of their own),
 * text, position, bracket level and the memo of rule results starting here.
 * CPython: Parser/pegen.h (Token, Memo).
 */
final class PegenToken {
    /** A TokenType ordinal, or a keyword kind from {@link PegenCore#KEYWORDS}. */
    final int type;
    final String string;
    final int lineno, colOffset, endLineno, endColOffset;
    /** The tokenizer's bracket nesting depth after this token. */
    final int level;
    /** For a NAME: the identifier (NFKC-normalized), computed on first use. */
    String id;
    /** Results of memoized rules that started here, by rule: the node and where its parse ended (+1; 0: none). */
    Object[] memoNodes;
    int[] memoMarks;

    PegenToken(int type, String string, int lineno, int colOffset, int endLineno, int endColOffset, int level) {
        this.type = type;
        this.string = string;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        this.level = level;
    }

    void clearMemo() {
        memoNodes = null;
        memoMarks = null;
    }
}
