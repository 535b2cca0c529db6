package org.sanca.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanca.ast.BinOp;
import org.sanca.ast.Constant;
import org.sanca.ast.Expr;
import org.sanca.ast.ExprContextTy;
import org.sanca.ast.ModTy;
import org.sanca.ast.Module;
import org.sanca.ast.Name;
import org.sanca.ast.OperatorTy;
import org.sanca.ast.Subscript;
import org.sanca.objects.PyInt;

/** Traceback and SyntaxError location text, with expectations printed by python3 for the same sources. */
class TracebackFormatterTest {
    /** Stands in for the parser: the ASTs of the segments these tests mark. */
    private static final Map<String, ModTy> SEGMENTS = Map.of(
        "1 // 0", module(new BinOp(constant(1, 0), OperatorTy.FloorDiv, constant(1, 5), 1, 0, 1, 6)),
        "a[1]", module(new Subscript(new Name("a", ExprContextTy.Load, 1, 0, 1, 1), constant(1, 2),
            ExprContextTy.Load, 1, 0, 1, 4)));

    private static Constant constant(long v, int col) {
        return new Constant(PyInt.of(v), null, 1, col, 1, col + 1);
    }

    private static Module module(org.sanca.ast.ExprTy e) {
        return new Module(List.of(new Expr(e, 1, 0, e.end_lineno(), e.end_col_offset())), List.of());
    }

    private static final Map<Integer, String> FILE = Map.of(
        1, "def f(a, b):", 2, "    return a[1] + b   ", 5, "print( f(x, 2) )", 7, "b = 1 // 0",
        8, "   undefined_name)", 9, "    raise ValueError(\"bad\")");

    private final TracebackFormatter formatter = new TracebackFormatter((f, n) -> f.endsWith(".py") ? FILE.get(n) : null, SEGMENTS::get);

    private String format(TracebackFormatter.Entry... entries) {
        StringBuilder sb = new StringBuilder();
        formatter.format(sb, List.of(entries), 1000);
        return sb.toString();
    }

    @Test
    void plainCaretsAndSubscriptAnchors() {
        assertEquals("""
              File "t1.py", line 5, in <module>
                print( f(x, 2) )
                       ^^^^^^^
              File "t1.py", line 2, in f
                return a[1] + b  \s
                       ~^^^
            """, format(new TracebackFormatter.Entry("t1.py", 5, "<module>", 5, 5, 7, 14),
                new TracebackFormatter.Entry("t1.py", 2, "f", 2, 2, 11, 15)));
    }

    @Test
    void binaryOperatorAnchors() {
        assertEquals("""
              File "t3.py", line 7, in <module>
                b = 1 // 0
                    ~~^^~~
            """, format(new TracebackFormatter.Entry("t3.py", 7, "<module>", 7, 7, 4, 10)));
    }

    @Test
    void partOfLineMarkedWholeLineElided() {
        assertEquals("""
              File "t2.py", line 8, in <module>
                undefined_name)
                ^^^^^^^^^^^^^^
              File "t4.py", line 9, in g
                raise ValueError("bad")
            """, format(new TracebackFormatter.Entry("t2.py", 8, "<module>", 8, 8, 3, 17),
                new TracebackFormatter.Entry("t4.py", 9, "g", 9, 9, 4, 27)));
    }

    @Test
    void recursionIsCollapsed() {
        TracebackFormatter.Entry e = TracebackFormatter.Entry.of("<string>", 1, "r");
        TracebackFormatter.Entry[] many = new TracebackFormatter.Entry[10];
        java.util.Arrays.fill(many, e);
        String out = format(many);
        assertEquals("  File \"<string>\", line 1, in r\n".repeat(3)
            + "  [Previous line repeated 7 more times]\n", out);
    }

    private static String syntax(String file, int line, int offset, int endLine, int endOffset, String text) {
        StringBuilder sb = new StringBuilder();
        TracebackFormatter.formatSyntaxError(sb, file, line, offset, endLine, endOffset, text);
        return sb.toString();
    }

    @Test
    void syntaxErrorLocations() {
        assertEquals("  File \"f\", line 1\n    x = 1 +* 2\n           ^\n",
            syntax("f", 1, 8, 1, 9, "x = 1 +* 2\n"));
        assertEquals("  File \"s3\", line 3\n    x\n", syntax("s3", 3, 4, 3, -1, "    x\n"));
        assertEquals("  File \"<string>\", line 1\n    for x in range(3) print(x)\n                      ^^^^^\n",
            syntax(null, 1, 19, 1, 24, "for x in range(3) print(x)\n"));
    }
}
