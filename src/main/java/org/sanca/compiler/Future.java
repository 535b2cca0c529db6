package org.sanca.compiler;

import java.util.List;
import org.sanca.ast.Alias;
import org.sanca.ast.Constant;
import org.sanca.ast.Expr;
import org.sanca.ast.ImportFrom;
import org.sanca.ast.ModTy;
import org.sanca.ast.StmtTy;
import org.sanca.objects.PyStr;
import org.sanca.parser.SyntaxErrorException;

/**
 * The __future__ imports at the start of a module and the features they turn on.
 * CPython: Python/future.c.
 */
record Future(int features, int lineno) {
    static Future of(ModTy mod, String filename) {
        if (!(mod instanceof org.sanca.ast.Module m)) return new Future(0, -1);
        int features = 0, lineno = -1;
        List<StmtTy> body = m.body;
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Expr e && e.value instanceof Constant c && c.value instanceof PyStr) {
            i = 1;
        }
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof ImportFrom f) || !"__future__".equals(f.module)) break;
            for (Alias a : f.names) features |= feature(a, filename);
            lineno = f.lineno;
        }
        return new Future(features, lineno);
    }

    private static int feature(Alias a, String filename) {
        switch (a.name) {
            case "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
                 "unicode_literals", "generator_stop":
                return 0;
            case "barry_as_FLUFL":
                return Compiler.CO_FUTURE_BARRY_AS_BDFL;
            case "annotations":
                return Compiler.CO_FUTURE_ANNOTATIONS;
            case "braces":
                throw err("not a chance", a, filename);
            default:
                throw err("future feature " + a.name + " is not defined", a, filename);
        }
    }

    private static SyntaxErrorException err(String msg, Alias a, String filename) {
        return new SyntaxErrorException("SyntaxError", msg, filename, a.lineno, a.col_offset + 1, a.end_lineno,
                a.end_col_offset + 1, null);
    }
}
