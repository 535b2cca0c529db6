package org.sanca.parser;

/**
 * One token of Python source: its type, its text, and where it starts and ends.
 * Lines count from 1; columns count UTF-8 bytes from 0 within the line, as the
 * AST's col_offset does. CPython: Parser/tokenizer.h and pegen.h (Token).
 *
 * @param type       the token's kind (NAME, NUMBER, STRING, OP kinds such as LPAR, ...)
 * @param string     the token's source text (for STRING, the whole literal with prefix and quotes)
 * @param lineno     first line
 * @param colOffset  byte column where it starts
 * @param endLineno  last line
 * @param endColOffset byte column just past its end
 */
public record Token(TokenType type, String string, int lineno, int colOffset, int endLineno, int endColOffset) {}
