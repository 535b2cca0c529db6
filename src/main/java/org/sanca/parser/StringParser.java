package org.sanca.parser;

import java.util.ArrayList;
import java.util.List;

import org.sanca.ast.Constant;
import org.sanca.ast.ExprTy;
import org.sanca.ast.FormattedValue;
import org.sanca.ast.JoinedStr;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyStr;

/**
 * Concatenates adjacent string tokens into one Constant or, when f-strings are
 * among them, one JoinedStr of Constants and FormattedValues; the expressions in
 * braces are parsed by a sub-parser placed at their real position.
 * CPython: Parser/string_parser.c (3.11).
 */
final class StringParser {
    private static final int MAXLEVEL = 200;

    private final ExpressionRules p;
    private final PegenToken first, last;
    /** The token being scanned, its text, and the scan position in that text. */
    private PegenToken t;
    private String text;
    private int pos;

    private StringParser(ExpressionRules p, PegenToken first, PegenToken last) {
        this.p = p;
        this.first = first;
        this.last = last;
    }

    /** FstringParser: the pending literal text and the expression list built so far. */
    private static final class State {
        StringBuilder lastStr;
        final List<ExprTy> exprList = new ArrayList<>();
        boolean fmode;

        void concat(String s) {
            if (s.isEmpty()) {
                return;
            }
            if (lastStr == null) {
                lastStr = new StringBuilder(s);
            } else {
                lastStr.append(s);
            }
        }
    }

    /** _PyPegen_concatenate_strings. */
    static ExprTy concatenate(ExpressionRules p, List<PegenToken> toks) {
        return new StringParser(p, toks.get(0), toks.get(toks.size() - 1)).concatenate(toks);
    }

    private ExprTy concatenate(List<PegenToken> toks) {
        boolean bytesmode = false;
        java.io.ByteArrayOutputStream bytes = null;
        State state = new State();
        for (int i = 0; i < toks.size(); i++) {
            t = toks.get(i);
            text = t.string;
            Literals.StringToken st;
            try {
                st = Literals.splitString(text);
            } catch (Literals.LiteralException e) {
                throw literalError(e);
            }
            if (i != 0 && bytesmode != st.bytes()) {
                throw p.syntaxError("cannot mix bytes and nonbytes literals");
            }
            bytesmode = st.bytes();
            try {
                if (st.fstring()) {
                    p.checkVersion(6, "Format strings are", st);
                    pos = text.length() - st.quoteLen() - st.body().length();
                    concatFstring(state, text.length() - st.quoteLen(), st.raw(), 0);
                } else if (bytesmode) {
                    if (bytes == null) {
                        bytes = new java.io.ByteArrayOutputStream();
                    }
                    bytes.writeBytes(Literals.decodeBytes(st.body(), st.raw(), this::warnInvalidEscape));
                } else {
                    state.concat(Literals.decodeString(st.body(), st.raw(), this::warnInvalidEscape));
                }
            } catch (Literals.LiteralException e) {
                throw literalError(e);
            }
        }
        if (bytesmode) {
            return new Constant(PyBytes.of(bytes.toByteArray()), null, first.lineno, first.colOffset,
                last.endLineno, last.endColOffset);
        }
        return finish(state, first, last);
    }

    /** A literal's decoding error: at the string token, or at the last token read. */
    private SyntaxErrorException literalError(Literals.LiteralException e) {
        return e.atToken ? p.errorAt(t, e.getMessage()) : p.syntaxError(e.getMessage());
    }

    /** warn_invalid_escape_sequence: a DeprecationWarning at the token, or SyntaxError if warnings are errors. */
    private void warnInvalidEscape(String msg) {
        p.warnAtToken("DeprecationWarning", msg, t);
    }

    /** _PyPegen_FstringParser_Finish: a Constant if no f-string was seen, else a JoinedStr. */
    private ExprTy finish(State state, PegenToken from, PegenToken to) {
        if (!state.fmode) {
            return strNode(state.lastStr == null ? "" : state.lastStr.toString(), from, to);
        }
        if (state.lastStr != null) {
            state.exprList.add(strNode(state.lastStr.toString(), from, to));
            state.lastStr = null;
        }
        return new JoinedStr(state.exprList, from.lineno, from.colOffset, to.endLineno, to.endColOffset);
    }

    /** make_str_node_and_del: kind is 'u' when the first token starts with a lowercase u. */
    private Constant strNode(String s, PegenToken from, PegenToken to) {
        String kind = first.string.charAt(0) == 'u' ? "u" : null;
        return new Constant(PyStr.ofStandIns(s), kind, from.lineno, from.colOffset, to.endLineno, to.endColOffset);
    }

    /** _PyPegen_FstringParser_ConcatFstring: scans text[pos, end) for literals and {expressions}. */
    private void concatFstring(State state, int end, boolean raw, int recurseLvl) {
        state.fmode = true;
        while (true) {
            int result = findLiteral(state, end, raw, recurseLvl);
            if (result == 1) {
                continue;
            }
            if (pos >= end || text.charAt(pos) == '}') {
                break;
            }
            ExprTy expression = findExpr(state, end, raw, recurseLvl);
            if (state.lastStr != null) {
                state.exprList.add(strNode(state.lastStr.toString(), first, last));
                state.lastStr = null;
            }
            state.exprList.add(expression);
        }
        if (recurseLvl == 0 && pos < end - 1) {
            throw p.syntaxError("f-string: unexpected end of string");
        }
        if (recurseLvl != 0 && (pos >= end || text.charAt(pos) != '}')) {
            throw p.syntaxError("f-string: expecting '}'");
        }
    }

    /**
     * fstring_find_literal: the literal up to an undoubled brace, added to the state.
     * Returns 1 when it stopped at a doubled brace (the caller scans on), else 0.
     */
    private int findLiteral(State state, int end, boolean raw, int recurseLvl) {
        int s = pos;
        int literalStart = s;
        int result = 0;
        int literalEnd = -1;
        while (s < end) {
            char ch = text.charAt(s++);
            if (!raw && ch == '\\' && s < end) {
                ch = text.charAt(s++);
                if (ch == '{') {
                    warnInvalidEscape("invalid escape sequence '\\{'");
                }
                if (ch == 'N') {
                    if (s < end && text.charAt(s++) == '{') {
                        while (s < end && text.charAt(s++) != '}') {
                            // skip the character name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurseLvl == 0) {
                    if (s < end && text.charAt(s) == ch) {
                        pos = s + 1;
                        literalEnd = s;
                        result = 1;
                        break;
                    }
                    if (ch == '}') {
                        pos = s - 1;
                        throw p.syntaxError("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (literalEnd < 0) {
            pos = s;
            literalEnd = s;
        }
        if (literalStart != literalEnd) {
            String lit = text.substring(literalStart, literalEnd);
            state.concat(raw ? lit : Literals.decodeString(lit, false, this::warnInvalidEscape));
        }
        return result;
    }

    /** fstring_find_expr: one {expression[=][!conversion][:format_spec]} as a FormattedValue. */
    private ExprTy findExpr(State state, int end, boolean raw, int recurseLvl) {
        if (recurseLvl >= 2) {
            throw p.syntaxError("f-string: expressions nested too deeply");
        }
        pos++;
        int exprStart = pos;
        scanExpression(end);
        int exprEnd = pos;
        if (pos >= end) {
            throw expectingBrace();
        }
        ExprTy simple = compileExpr(exprStart, exprEnd);
        String exprText = null;
        if (text.charAt(pos) == '=') {
            p.checkVersion(8, "f-string: self documenting expressions are", text);
            pos++;
            while (pos < end && isSpace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= end) {
                throw expectingBrace();
            }
            exprText = text.substring(exprStart, pos);
            state.concat(exprText);
        }
        int conversion = -1;
        if (text.charAt(pos) == '!') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            conversion = text.charAt(pos++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw p.syntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        ExprTy formatSpec = null;
        if (pos < end && text.charAt(pos) == ':') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            State spec = new State();
            concatFstring(spec, end, raw, recurseLvl + 1);
            formatSpec = finish(spec, t, t);
        }
        if (pos >= end || text.charAt(pos) != '}') {
            throw expectingBrace();
        }
        pos++;
        if (exprText != null && formatSpec == null && conversion == -1) {
            conversion = 'r';
        }
        return new FormattedValue(simple, conversion, formatSpec, first.lineno, first.colOffset,
            last.endLineno, last.endColOffset);
    }

    /**
     * Moves pos to the end of the expression text: the first '!', ':', '}' or '=' (not part of
     * '!=', '==', '<=', '>=') outside brackets and strings; raises for backslashes, '#' and
     * unbalanced brackets or quotes.
     */
    private void scanExpression(int end) {
        char quoteChar = 0;
        int stringType = 0;
        int nestedDepth = 0;
        char[] parenstack = new char[MAXLEVEL];
        for (; pos < end; pos++) {
            char ch = text.charAt(pos);
            if (ch == '\\') {
                throw p.syntaxError("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
                            pos += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
                    stringType = 3;
                    pos += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nestedDepth >= MAXLEVEL) {
                    throw p.syntaxError("f-string: too many nested parenthesis");
                }
                parenstack[nestedDepth++] = ch;
            } else if (ch == '#') {
                throw p.syntaxError("f-string expression part cannot include '#'");
            } else if (nestedDepth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < end) {
                    char next = text.charAt(pos + 1);
                    if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                        pos++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nestedDepth == 0) {
                    throw p.syntaxError("f-string: unmatched '" + ch + "'");
                }
                char opening = parenstack[--nestedDepth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw p.syntaxError("f-string: closing parenthesis '" + ch
                        + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        if (quoteChar != 0) {
            throw p.syntaxError("f-string: unterminated string");
        }
        if (nestedDepth > 0) {
            throw p.syntaxError("f-string: unmatched '" + parenstack[nestedDepth - 1] + "'");
        }
    }

    private SyntaxErrorException expectingBrace() {
        return p.syntaxError("f-string: expecting '}'");
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    /** fstring_compile_expr: parses text[start, end) in parentheses with a sub-parser placed at its real position. */
    private ExprTy compileExpr(int start, int end) {
        int s = start;
        while (s < end) {
            char c = text.charAt(s);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
                break;
            }
            s++;
        }
        if (s == end) {
            char ec = text.charAt(end);
            if (ec == '!' || ec == ':' || ec == '=') {
                throw p.syntaxError("f-string: expression required before '" + ec + "'");
            }
            throw p.syntaxError("f-string: empty expression not allowed");
        }
        // fstring_find_expr_location: lines before the '{', and its byte column on its line
        int brace = start - 1;
        boolean newlineAfterBrace = true;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '}' || c == '\n') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int lines = 0, lineStart = 0;
        for (int i = 0; i < brace; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
                lineStart = i + 1;
            }
        }
        int cols = newlineAfterBrace ? 0 : utf8Length(text, lineStart, brace);
        String snippet = "(" + text.substring(start, end) + ")";
        int colShift = (lines == 0 ? t.colOffset : 0) + cols;
        return Parser.parseFStringExpression(snippet, p.filename, t.lineno + lines - 1, colShift, p.warnings);
    }

    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

}
