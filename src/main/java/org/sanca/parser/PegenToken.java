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
    /** Results of memoized rules that started at this token. */
    Memo memo;

    PegenToken(int type, String string, int lineno, int colOffset, int endLineno, int endColOffset, int level) {
        this.type = type;
        this.string = string;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        this.level = level;
    }

    /** A memoized rule result: the node (or null for failure) and where the parse ended. */
    static final class Memo {
        final int type;
        Object node;
        int mark;
        final Memo next;

        Memo(int type, Object node, int mark, Memo next) {
            this.type = type;
            this.node = node;
            this.mark = mark;
            this.next = next;
        }
    }
}
