package org.sanca.compiler;

import org.sanca.ast.*;

/**
 * Turns an annotation expression back into source text, for "from __future__ import annotations".
 * CPython: Python/ast_unparse.c.
 */
final class Unparser {
    private Unparser() {}

    static String unparse(ExprTy e) {
        StringBuilder b = new StringBuilder();
        new Unparser().expr(b, e, 0);
        return b.toString();
    }

    // Precedence levels (ast_unparse.c)
    private static final int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_EXPR = 6,
            PR_BOR = 6, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11, PR_FACTOR = 12,
            PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

    private void expr(StringBuilder b, ExprTy e, int level) {
        switch (e) {
            case Name n -> b.append(n.id);
            case Constant c -> b.append(constant(c.value));
            case Attribute a -> {
                expr(b, a.value, PR_ATOM);
                if (a.value instanceof Constant c && c.value instanceof org.sanca.objects.PyInt
                        && !(c.value instanceof org.sanca.objects.PyBool)) {
                    b.append(' ');
                }
                b.append('.').append(a.attr);
            }
            case Subscript s -> {
                expr(b, s.value, PR_ATOM);
                b.append('[');
                if (s.slice instanceof Tuple t && !t.elts.isEmpty()) seq(b, t.elts, t.elts.size() == 1);
                else expr(b, s.slice, PR_TUPLE);
                b.append(']');
            }
            case Tuple t -> {
                if (t.elts.isEmpty()) {
                    b.append("()");
                    return;
                }
                if (level > PR_TUPLE) b.append('(');
                seq(b, t.elts, t.elts.size() == 1);
                if (level > PR_TUPLE) b.append(')');
            }
            case org.sanca.ast.List l -> {
                b.append('[');
                seq(b, l.elts, false);
                b.append(']');
            }
            case BinOp o -> binop(b, o, level);
            case Starred s -> {
                b.append('*');
                expr(b, s.value, PR_EXPR);
            }
            case Call c -> {
                expr(b, c.func, PR_ATOM);
                b.append('(');
                boolean first = true;
                for (ExprTy a : c.args) {
                    if (!first) b.append(", ");
                    first = false;
                    expr(b, a, PR_TEST);
                }
                for (Keyword k : c.keywords) {
                    if (!first) b.append(", ");
                    first = false;
                    if (k.arg == null) b.append("**");
                    else b.append(k.arg).append('=');
                    expr(b, k.value, PR_TEST);
                }
                b.append(')');
            }
            case UnaryOp u -> {
                String op = switch (u.op) {
                    case Invert -> "~";
                    case Not -> "not ";
                    case UAdd -> "+";
                    case USub -> "-";
                };
                int pr = u.op == UnaryopTy.Not ? PR_NOT : PR_FACTOR;
                if (level > pr) b.append('(');
                b.append(op);
                expr(b, u.operand, pr);
                if (level > pr) b.append(')');
            }
            case Slice s -> {
                if (s.lower != null) expr(b, s.lower, PR_TEST);
                b.append(':');
                if (s.upper != null) expr(b, s.upper, PR_TEST);
                if (s.step != null) {
                    b.append(':');
                    expr(b, s.step, PR_TEST);
                }
            }
            case BoolOp o -> {
                int pr = o.op == BoolopTy.And ? PR_AND : PR_OR;
                if (level > pr) b.append('(');
                for (int i = 0; i < o.values.size(); i++) {
                    if (i > 0) b.append(o.op == BoolopTy.And ? " and " : " or ");
                    expr(b, o.values.get(i), pr + 1);
                }
                if (level > pr) b.append(')');
            }
            case Compare c -> {
                if (level > PR_CMP) b.append('(');
                expr(b, c.left, PR_CMP + 1);
                for (int i = 0; i < c.ops.size(); i++) {
                    b.append(CMP[c.ops.get(i).ordinal()]);
                    expr(b, c.comparators.get(i), PR_CMP + 1);
                }
                if (level > PR_CMP) b.append(')');
            }
            case IfExp i -> {
                if (level > PR_TEST) b.append('(');
                expr(b, i.body, PR_TEST + 1);
                b.append(" if ");
                expr(b, i.test, PR_TEST + 1);
                b.append(" else ");
                expr(b, i.orelse, PR_TEST);
                if (level > PR_TEST) b.append(')');
            }
            case Dict d -> {
                b.append('{');
                for (int i = 0; i < d.values.size(); i++) {
                    if (i > 0) b.append(", ");
                    if (d.keys.get(i) == null) {
                        b.append("**");
                        expr(b, d.values.get(i), PR_EXPR);
                    } else {
                        expr(b, d.keys.get(i), PR_TEST);
                        b.append(": ");
                        expr(b, d.values.get(i), PR_TEST);
                    }
                }
                b.append('}');
            }
            case org.sanca.ast.Set st -> {
                if (st.elts.isEmpty()) {
                    b.append("{*()}");
                    return;
                }
                b.append('{');
                seq(b, st.elts, false);
                b.append('}');
            }
            default -> b.append("...");
        }
    }

    private static final String[] CMP = {" == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in "};

    /** A constant as ast_unparse writes it: ... for Ellipsis, 1e309 for an infinity. */
    private static String constant(org.sanca.objects.PyObject v) {
        if (v instanceof org.sanca.objects.PyEllipsis) return "...";
        String r = ConstantRepr.repr(v);
        if (v instanceof org.sanca.objects.PyFloat || v instanceof org.sanca.objects.PyComplex) r = r.replace("inf", "1e309");
        return r;
    }

    private void seq(StringBuilder b, java.util.List<ExprTy> elts, boolean trailingComma) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) b.append(", ");
            expr(b, elts.get(i), PR_TEST);
        }
        if (trailingComma) b.append(',');
    }

    private void binop(StringBuilder b, BinOp o, int level) {
        String op;
        int pr;
        switch (o.op) {
            case Add -> { op = " + "; pr = PR_ARITH; }
            case Sub -> { op = " - "; pr = PR_ARITH; }
            case Mult -> { op = " * "; pr = PR_TERM; }
            case MatMult -> { op = " @ "; pr = PR_TERM; }
            case Div -> { op = " / "; pr = PR_TERM; }
            case Mod -> { op = " % "; pr = PR_TERM; }
            case LShift -> { op = " << "; pr = PR_SHIFT; }
            case RShift -> { op = " >> "; pr = PR_SHIFT; }
            case BitOr -> { op = " | "; pr = PR_BOR; }
            case BitXor -> { op = " ^ "; pr = PR_BXOR; }
            case BitAnd -> { op = " & "; pr = PR_BAND; }
            case FloorDiv -> { op = " // "; pr = PR_TERM; }
            default -> { op = " ** "; pr = PR_POWER; }
        }
        boolean rassoc = o.op == OperatorTy.Pow;
        if (level > pr) b.append('(');
        expr(b, o.left, pr + (rassoc ? 1 : 0));
        b.append(op);
        expr(b, o.right, pr + (rassoc ? 0 : 1));
        if (level > pr) b.append(')');
    }
}
