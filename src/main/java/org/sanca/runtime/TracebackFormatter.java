package org.sanca.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.sanca.ast.BinOp;
import org.sanca.ast.Expr;
import org.sanca.ast.ExprTy;
import org.sanca.ast.ModTy;
import org.sanca.ast.Module;
import org.sanca.ast.Subscript;

/**
 * Formats the frame lines of a traceback as the interpreter prints them for an uncaught
 * exception: the "File" line, the stripped source line and 3.11's ^^^/~~~ location markers.
 * CPython: Python/traceback.c (tb_printinternal, tb_displayline, print_error_location_carets).
 */
public final class TracebackFormatter {
    /** One traceback entry: where a frame was when the exception passed through it. */
    public record Entry(String filename, int lineno, String name,
                        int startLine, int endLine, int startCol, int endCol) {
        /** An entry without column information (no markers are printed). */
        public static Entry of(String filename, int lineno, String name) {
            return new Entry(filename, lineno, name, -1, -1, -1, -1);
        }
    }

    /** Reads line {@code lineno} (from 1) of a source file, without its newline; null if unreadable. */
    public interface LineSource {
        String line(String filename, int lineno);
    }

    static final int RECURSIVE_CUTOFF = 3;
    private static final int INDENT = 4;

    private final LineSource lines;
    private final Function<String, ModTy> parser;

    /**
     * A formatter reading source lines from {@code lines} and parsing a marked segment with
     * {@code parser} (exec mode; it returns null or throws on a syntax error) to find the
     * operator of a binary operation or the brackets of a subscript.
     */
    public TracebackFormatter(LineSource lines, Function<String, ModTy> parser) {
        this.lines = lines;
        this.parser = parser;
    }

    /** Appends the entries (oldest first), keeping at most the last {@code limit} of them. */
    public void format(StringBuilder out, List<Entry> entries, long limit) {
        int first = (int) Math.max(0, entries.size() - Math.max(limit, 0));
        Entry last = null;
        int count = 0;
        for (int i = first; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (last == null || !e.filename().equals(last.filename()) || e.lineno() != last.lineno()
                    || e.lineno() == -1 || !e.name().equals(last.name())) {
                repeated(out, count);
                last = e;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                formatEntry(out, e);
            }
        }
        repeated(out, count);
    }

    private static void repeated(StringBuilder out, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            out.append("  [Previous line repeated ").append(more)
               .append(more > 1 ? " more times]\n" : " more time]\n");
        }
    }

    /** Appends one entry: the File line, then the source line and its markers when available. */
    public void formatEntry(StringBuilder out, Entry e) {
        out.append("  File \"").append(e.filename()).append("\", line ").append(e.lineno())
           .append(", in ").append(e.name()).append('\n');
        String source = e.lineno() > 0 ? lines.line(e.filename(), e.lineno()) : null;
        if (source == null) {
            return;
        }
        int indent = 0;
        while (indent < source.length() && isIndent(source.charAt(indent))) {
            indent++;
        }
        out.append("    ").append(source, indent, source.length()).append('\n');
        markers(out, e, source, indent);
    }

    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private void markers(StringBuilder out, Entry e, String source, int indent) {
        if (e.startLine() < 0 || e.endLine() < 0 || e.startCol() < 0 || e.endCol() < 0) {
            return;
        }
        byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);
        int start = byteToCharOffset(utf8, e.startCol());
        int end = byteToCharOffset(utf8, e.endCol());
        int[] anchors = null;
        if (e.startLine() == e.endLine()) {
            anchors = anchors(source, start, end);
        } else {
            int i = source.length();
            while (--i >= 0 && isIndent(source.charAt(i))) {
                // skip trailing blanks
            }
            end = i + 1;
        }
        if (end - start == source.length() - indent && anchors == null) {
            return;
        }
        out.append("    ");
        for (int offset = indent + 1; offset <= end; offset++) {
            if (offset <= start) {
                out.append(' ');
            } else if (anchors != null && anchors[0] < offset && offset <= anchors[1]) {
                out.append('^');
            } else {
                out.append(anchors != null ? '~' : '^');
            }
        }
        out.append('\n');
    }

    /** The character offset of a UTF-8 byte offset into a line (past the end counts one more). */
    static int byteToCharOffset(byte[] utf8, int byteOffset) {
        int n = Math.min(byteOffset, utf8.length);
        int chars = new String(utf8, 0, n, StandardCharsets.UTF_8).length();
        return byteOffset > utf8.length ? chars + 1 : chars;
    }

    /**
     * The (left end, right start) character offsets in the line of the part to mark with ^ when
     * the segment [start, end) is a binary operation or a subscript; null otherwise.
     */
    int[] anchors(String source, int start, int end) {
        if (start > end || end > source.length()) {
            return null;
        }
        String segment = source.substring(start, end);
        ModTy mod;
        try {
            mod = parser.apply(segment);
        } catch (RuntimeException | StackOverflowError ex) {
            return null;
        }
        if (!(mod instanceof Module m) || m.body.size() != 1 || !(m.body.get(0) instanceof Expr stmt)) {
            return null;
        }
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        int[] found = switch (stmt.value) {
            case BinOp b -> binOpAnchors(bytes, b.left, b.right);
            case Subscript s -> subscriptAnchors(bytes, s);
            default -> null;
        };
        if (found == null) {
            return null;
        }
        return new int[] {byteToCharOffset(bytes, found[0]) + start, byteToCharOffset(bytes, found[1]) + start};
    }

    /**
     * Appends a SyntaxError's location: the File line, the offending source line without its
     * indentation and the ^ markers under offset..end_offset (1-based; -1 when absent).
     * {@code text} may be null. CPython: pythonrun.c (print_exception, print_error_text).
     */
    public static void formatSyntaxError(StringBuilder out, String filename, int lineno, int offset,
                                         int endLineno, int endOffset, String text) {
        out.append("  File \"").append(filename == null ? "<string>" : filename).append("\", line ")
           .append(lineno).append('\n');
        if (text == null) {
            return;
        }
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        if (endLineno > lineno) {
            endOffset = t.length;
        }
        if (endOffset > t.length + 1) {
            endOffset = t.length + 1;
        }
        errorText(out, t, offset, endOffset);
    }

    private static void errorText(StringBuilder out, byte[] t, int offset, int endOffset) {
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int from = 0;
        while (from < t.length && isWhitespace(t[from])) {
            from++;
            offset--;
        }
        int len = t.length - from;
        if (len > 0 && t[t.length - 1] == '\n') {
            len--;
        }
        offset = Math.min(offset, len);
        for (int nl = indexOf(t, from, (byte) '\n'); nl >= 0; nl = indexOf(t, from, (byte) '\n')) {
            int inl = nl - from;
            if (inl >= offset) {
                break;
            }
            from += inl + 1;
            len -= inl + 1;
            offset -= inl + 1;
        }
        out.append("    ").append(new String(t, from, t.length - from, StandardCharsets.UTF_8));
        if (from + len >= t.length || t[from + len] != '\n') {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ").append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
    }

    private static int indexOf(byte[] t, int from, byte b) {
        for (int i = from; i < t.length; i++) {
            if (t[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\f';
    }

    private static int[] binOpAnchors(byte[] s, ExprTy left, ExprTy right) {
        int[] anchors = {-1, -1};
        for (int i = left.end_col_offset(); i < right.col_offset(); i++) {
            if (isWhitespace(s[i])) {
                continue;
            }
            anchors[0] = i;
            anchors[1] = i + 1;
            if (i + 1 < right.col_offset() && !isWhitespace(s[i + 1])) {
                anchors[1]++;
            }
            if (i + 1 < right.col_offset() && s[i] == ')') {
                continue;
            }
            break;
        }
        return anchors[0] < 0 ? null : anchors;
    }

    private static int[] subscriptAnchors(byte[] s, Subscript sub) {
        int left = sub.value.end_col_offset();
        int right = sub.slice.end_col_offset() + 1;
        while (left < s.length && s[left] != '[') {
            left++;
        }
        while (right < s.length && s[right] != ']') {
            right++;
        }
        if (right < s.length) {
            right++;
        }
        return new int[] {left, right};
    }
}
