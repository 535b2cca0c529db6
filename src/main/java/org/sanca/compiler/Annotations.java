package org.sanca.compiler;

import java.util.List;
import org.sanca.ast.*;

/**
 * Whether a block of statements contains a variable annotation, so the module or class needs
 * SETUP_ANNOTATIONS.
 * CPython: Python/compile.c (find_ann).
 */
final class Annotations {
    private Annotations() {}

    static boolean find(List<StmtTy> stmts) {
        for (StmtTy s : stmts) {
            boolean res = switch (s) {
                case AnnAssign a -> true;
                case For f -> find(f.body) || find(f.orelse);
                case AsyncFor f -> find(f.body) || find(f.orelse);
                case While w -> find(w.body) || find(w.orelse);
                case If i -> find(i.body) || find(i.orelse);
                case With w -> find(w.body);
                case AsyncWith w -> find(w.body);
                case Try t -> handlers(t.handlers) || find(t.body) || find(t.finalbody) || find(t.orelse);
                case TryStar t -> handlers(t.handlers) || find(t.body) || find(t.finalbody) || find(t.orelse);
                case Match m -> m.cases.stream().anyMatch(c -> find(c.body));
                default -> false;
            };
            if (res) return true;
        }
        return false;
    }

    private static boolean handlers(List<ExcepthandlerTy> hs) {
        for (ExcepthandlerTy h : hs) {
            if (find(((ExceptHandler) h).body)) return true;
        }
        return false;
    }
}
