package org.sanca.compiler;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.BinOp;
import org.sanca.ast.Constant;
import org.sanca.ast.ExprTy;
import org.sanca.ast.FormattedValue;
import org.sanca.ast.JoinedStr;
import org.sanca.objects.PyStr;

/**
 * Rewrites 'literal %s ...' % (a, b) into an f-string when every conversion is a simple
 * %s, %r or %a with optional width and precision.
 * CPython: Python/ast_opt.c (optimize_format, parse_format, parse_literal).
 */
final class PercentFormat {
    private PercentFormat() {}

    private static final int MAXDIGITS = 3;

    /** The JoinedStr replacing node, or null when the format is not simple enough. */
    static ExprTy optimize(BinOp node, String fmt, List<ExprTy> elts) {
        int[] cps = fmt.codePoints().toArray();
        int[] pos = {0};
        int cnt = 0;
        List<ExprTy> seq = new ArrayList<>();
        while (true) {
            Constant lit = literal(cps, pos);
            if (lit != null) seq.add(lit);
            if (pos[0] >= cps.length) break;
            if (cnt >= elts.size()) return null;
            pos[0]++;
            ExprTy e = format(cps, pos, elts.get(cnt));
            cnt++;
            if (e == null) return null;
            seq.add(e);
        }
        if (cnt < elts.size()) return null;
        return new JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
    }

    private static Constant literal(int[] s, int[] ppos) {
        int start = ppos[0], pos = start;
        boolean percents = false;
        while (pos < s.length) {
            if (s[pos] != '%') {
                pos++;
            } else if (pos + 1 < s.length && s[pos + 1] == '%') {
                percents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) return null;
        String str = new String(s, start, pos - start);
        if (percents) str = str.replace("%%", "%");
        return new Constant(PyStr.of(str), null, -1, -1, -1, -1);
    }

    private static ExprTy format(int[] s, int[] ppos, ExprTy arg) {
        int pos = ppos[0];
        int flags = 0, width = -1, prec = -1;
        int ch;
        while (true) {
            if (pos >= s.length) return null;
            ch = s[pos++];
            if (ch == '-') flags |= 1;
            else if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') flags |= 2;
            else break;
        }
        if (ch >= '0' && ch <= '9') {
            width = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= s.length) return null;
                ch = s[pos++];
                if (++digits >= MAXDIGITS) return null;
            }
        }
        if (ch == '.') {
            if (pos >= s.length) return null;
            ch = s[pos++];
            prec = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= s.length) return null;
                ch = s[pos++];
                if (++digits >= MAXDIGITS) return null;
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') return null;
        StringBuilder spec = new StringBuilder();
        if ((flags & 1) == 0 && width > 0) spec.append('>');
        if (width >= 0) spec.append(width);
        if (prec >= 0) spec.append('.').append(prec);
        ExprTy formatSpec = spec.length() == 0 ? null : new Constant(PyStr.of(spec.toString()), null, -1, -1, -1, -1);
        return new FormattedValue(arg, ch, formatSpec, arg.lineno(), arg.col_offset(), arg.end_lineno(), arg.end_col_offset());
    }
}
