package org.sanca.parser;

/**
 * The kinds of token the tokenizer produces, numbered and named as in
 * CPython 3.11's Lib/token.py (the exact operator tokens carry their text).
 * CPython: Include/token.h, Parser/token.c.
 */
public enum TokenType {
    ENDMARKER(null),
    NAME(null),
    NUMBER(null),
    STRING(null),
    NEWLINE(null),
    INDENT(null),
    DEDENT(null),
    LPAR("("),
    RPAR(")"),
    LSQB("["),
    RSQB("]"),
    COLON(":"),
    COMMA(","),
    SEMI(";"),
    PLUS("+"),
    MINUS("-"),
    STAR("*"),
    SLASH("/"),
    VBAR("|"),
    AMPER("&"),
    LESS("<"),
    GREATER(">"),
    EQUAL("="),
    DOT("."),
    PERCENT("%"),
    LBRACE("{"),
    RBRACE("}"),
    EQEQUAL("=="),
    NOTEQUAL("!="),
    LESSEQUAL("<="),
    GREATEREQUAL(">="),
    TILDE("~"),
    CIRCUMFLEX("^"),
    LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"),
    DOUBLESTAR("**"),
    PLUSEQUAL("+="),
    MINEQUAL("-="),
    STAREQUAL("*="),
    SLASHEQUAL("/="),
    PERCENTEQUAL("%="),
    AMPEREQUAL("&="),
    VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="),
    RIGHTSHIFTEQUAL(">>="),
    DOUBLESTAREQUAL("**="),
    DOUBLESLASH("//"),
    DOUBLESLASHEQUAL("//="),
    AT("@"),
    ATEQUAL("@="),
    RARROW("->"),
    ELLIPSIS("..."),
    COLONEQUAL(":="),
    OP(null),
    AWAIT(null),
    ASYNC(null),
    TYPE_IGNORE(null),
    TYPE_COMMENT(null),
    SOFT_KEYWORD(null),
    ERRORTOKEN(null),
    COMMENT(null),
    NL(null),
    ENCODING(null);

    /** The operator's text for exact operator tokens, else null. */
    public final String text;

    TokenType(String text) {
        this.text = text;
    }
}
