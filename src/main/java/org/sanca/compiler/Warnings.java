package org.sanca.compiler;

import org.sanca.ast.*;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyEllipsis;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyNone;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;

/**
 * The compiler's SyntaxWarnings: "is" with a literal, always-true asserts, and calls or
 * subscripts of literals that are probably a missing comma.
 * CPython: Python/compile.c (check_compare, check_caller, check_subscripter, check_index, compiler_warn).
 */
final class Warnings {
    private final CodeGen c;

    Warnings(CodeGen c) {
        this.c = c;
    }

    /** Emits a SyntaxWarning; when the handler turns it into an error, raises it as a SyntaxError. */
    void warn(String msg) {
        Compiler.WarningHandler h = c.warnings;
        if (h != null && h.warn(msg, c.filename, c.u.lineno)) throw c.error(msg);
    }

    private static boolean isArg(ExprTy e) {
        if (!(e instanceof Constant k)) return true;
        PyObject v = k.value;
        return v instanceof PyNone || v instanceof org.sanca.objects.PyBool || v instanceof PyEllipsis;
    }

    /** At most one warning per comparison: the first "is" or "is not" with a literal operand. */
    void checkCompare(Compare e) {
        boolean left = isArg(e.left);
        for (int i = 0; i < e.ops.size(); i++) {
            CmpopTy op = e.ops.get(i);
            boolean right = isArg(e.comparators.get(i));
            if ((op == CmpopTy.Is || op == CmpopTy.IsNot) && (!right || !left)) {
                warn(op == CmpopTy.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    void checkAssert(Assert s) {
        boolean tuple = s.test instanceof Tuple t && !t.elts.isEmpty()
                || s.test instanceof Constant k && k.value instanceof PyTuple pt && pt.size() > 0;
        if (tuple) warn("assertion is always true, perhaps remove parentheses?");
    }

    private static String inferType(ExprTy e) {
        return switch (e) {
            case Tuple t -> "tuple";
            case org.sanca.ast.List l -> "list";
            case ListComp l -> "list";
            case Dict d -> "dict";
            case DictComp d -> "dict";
            case org.sanca.ast.Set s -> "set";
            case SetComp s -> "set";
            case GeneratorExp g -> "generator";
            case Lambda l -> "function";
            case JoinedStr j -> "str";
            case FormattedValue f -> "str";
            case Constant k -> k.value.type().getName();
            default -> null;
        };
    }

    void checkCaller(ExprTy e) {
        switch (e) {
            case Constant k -> warnCall(e);
            case Tuple t -> warnCall(e);
            case org.sanca.ast.List l -> warnCall(e);
            case ListComp l -> warnCall(e);
            case Dict d -> warnCall(e);
            case DictComp d -> warnCall(e);
            case org.sanca.ast.Set s -> warnCall(e);
            case SetComp s -> warnCall(e);
            case GeneratorExp g -> warnCall(e);
            case JoinedStr j -> warnCall(e);
            case FormattedValue f -> warnCall(e);
            default -> { }
        }
    }

    private void warnCall(ExprTy e) {
        warn("'" + inferType(e) + "' object is not callable; perhaps you missed a comma?");
    }

    void checkSubscripter(ExprTy e) {
        boolean warn = switch (e) {
            case Constant k -> k.value instanceof PyNone || k.value instanceof PyEllipsis || k.value instanceof PyInt
                    || k.value instanceof PyFloat || k.value instanceof PyComplex || k.value instanceof PyFrozenSet;
            case org.sanca.ast.Set s -> true;
            case SetComp s -> true;
            case GeneratorExp g -> true;
            case Lambda l -> true;
            default -> false;
        };
        if (warn) warn("'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
    }

    void checkIndex(ExprTy e, ExprTy s) {
        String index = inferType(s);
        if (index == null || index.equals("int") || index.equals("bool")) return;
        boolean warn = switch (e) {
            case Constant k -> k.value instanceof PyStr || k.value instanceof PyBytes || k.value instanceof PyTuple;
            case Tuple t -> true;
            case org.sanca.ast.List l -> true;
            case ListComp l -> true;
            case JoinedStr j -> true;
            case FormattedValue f -> true;
            default -> false;
        };
        if (warn) {
            warn(inferType(e) + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?");
        }
    }
}
