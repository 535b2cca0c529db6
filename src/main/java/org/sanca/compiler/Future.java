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
        List<StmtTy> body;
        if (mod instanceof org.sanca.ast.Module m) body = m.body;
        else if (mod instanceof org.sanca.ast.Interactive m) body = m.body;
        else return new Future(0, -1);
        int features = 0, lineno = -1, prevLine = 0;
        boolean done = false;
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Expr e && e.value instanceof Constant c && c.value instanceof PyStr) {
            i = 1;
        }
        for (; i < body.size(); i++) {
            StmtTy s = body.get(i);
            if (done && s.lineno() > prevLine) break;
            prevLine = s.lineno();
            if (s instanceof ImportFrom f && "__future__".equals(f.module)) {
                // A future import after another statement on the same line (joined by ';').
                if (done) throw err("from __future__ imports must occur at the beginning of the file", f, f.col_offset, filename);
                for (Alias a : f.names) features |= feature(a, f, filename);
                lineno = f.lineno;
            } else {
                done = true;
            }
        }
        return new Future(features, lineno);
    }

    private static int feature(Alias a, ImportFrom s, String filename) {
        switch (a.name) {
            case "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
                 "unicode_literals", "generator_stop":
                return 0;
            case "barry_as_FLUFL":
                return Compiler.CO_FUTURE_BARRY_AS_BDFL;
            case "annotations":
                return Compiler.CO_FUTURE_ANNOTATIONS;
            case "braces":
                throw err("not a chance", s, s.col_offset + 1, filename);
            default:
                throw err("future feature " + a.name + " is not defined", s, s.col_offset + 1, filename);
        }
    }

    /** PyErr_SyntaxLocationObject: a line and offset, no end offset. */
    private static SyntaxErrorException err(String msg, ImportFrom s, int offset, String filename) {
        return new SyntaxErrorException("SyntaxError", msg, filename, s.lineno, offset, s.lineno,
                SyntaxErrorException.NONE, null);
    }
}
