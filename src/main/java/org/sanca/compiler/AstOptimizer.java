package org.sanca.compiler;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.objects.PyBool;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * The AST optimiser run before code generation: folds operators on constants (within
 * CPython's size limits), constant tuples and subscripts, literal lists and sets used as
 * iterables into tuples and frozensets, simple %-formatting into f-strings, "not" into
 * comparisons, and __debug__ into a constant.
 * CPython: Python/ast_opt.c.
 */
final class AstOptimizer {
    private final int optimize;
    private final boolean futureAnnotations;
    private int depth;
    private final int limit;

    private AstOptimizer(int optimize, int flags, CompileRecursionError.Budget budget) {
        this.optimize = optimize;
        this.futureAnnotations = (flags & Compiler.CO_FUTURE_ANNOTATIONS) != 0;
        this.depth = budget.start();
        this.limit = budget.limit();
    }

    static void optimize(ModTy mod, int optimize, int flags, CompileRecursionError.Budget budget) {
        AstOptimizer o = new AstOptimizer(optimize, flags, budget);
        switch (mod) {
            case org.sanca.ast.Module m -> o.body(m.body);
            case Interactive m -> o.stmts(m.body);
            case Expression m -> m.body = o.expr(m.body);
            case FunctionType m -> { }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static Constant constant(PyObject v, Located at) {
        return new Constant(v, null, at.lineno(), at.col_offset(), at.end_lineno(), at.end_col_offset());
    }

    private ExprTy opt(ExprTy e) {
        return e == null ? null : expr(e);
    }

    private void exprs(List<ExprTy> es) {
        for (int i = 0; i < es.size(); i++) {
            if (es.get(i) != null) es.set(i, expr(es.get(i)));
        }
    }

    private void stmts(List<StmtTy> body) {
        for (StmtTy s : body) stmt(s);
    }

    /** A body that may start with a docstring: folding must not create a docstring. */
    private void body(List<StmtTy> stmts) {
        boolean docstring = CodeGen.docstring(stmts) != null;
        stmts(stmts);
        if (!docstring && CodeGen.docstring(stmts) != null) {
            Expr st = (Expr) stmts.get(0);
            List<ExprTy> values = new ArrayList<>();
            values.add(st.value);
            st.value = new JoinedStr(values, st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
        }
    }

    // ---- statements ---------------------------------------------------------------------------

    private void stmt(StmtTy s) {
        if (++depth > limit) throw new CompileRecursionError();
        stmt1(s);
        depth--;
    }

    private void stmt1(StmtTy s) {
        switch (s) {
            case FunctionDef f -> function(f.args, f.body, f.decorator_list, f.returns, r -> f.returns = r);
            case AsyncFunctionDef f -> function(f.args, f.body, f.decorator_list, f.returns, r -> f.returns = r);
            case ClassDef c -> {
                exprs(c.bases);
                keywords(c.keywords);
                body(c.body);
                exprs(c.decorator_list);
            }
            case Return r -> r.value = opt(r.value);
            case Delete d -> exprs(d.targets);
            case Assign a -> {
                exprs(a.targets);
                a.value = expr(a.value);
            }
            case AugAssign a -> {
                a.target = expr(a.target);
                a.value = expr(a.value);
            }
            case AnnAssign a -> {
                a.target = expr(a.target);
                if (!futureAnnotations) a.annotation = expr(a.annotation);
                a.value = opt(a.value);
            }
            case For f -> {
                f.target = expr(f.target);
                f.iter = expr(f.iter);
                stmts(f.body);
                stmts(f.orelse);
                f.iter = foldIter(f.iter);
            }
            case AsyncFor f -> {
                f.target = expr(f.target);
                f.iter = expr(f.iter);
                stmts(f.body);
                stmts(f.orelse);
            }
            case While w -> {
                w.test = expr(w.test);
                stmts(w.body);
                stmts(w.orelse);
            }
            case If i -> {
                i.test = expr(i.test);
                stmts(i.body);
                stmts(i.orelse);
            }
            case With w -> {
                withitems(w.items);
                stmts(w.body);
            }
            case AsyncWith w -> {
                withitems(w.items);
                stmts(w.body);
            }
            case Raise r -> {
                r.exc = opt(r.exc);
                r.cause = opt(r.cause);
            }
            case Try t -> tryStmt(t.body, t.handlers, t.orelse, t.finalbody);
            case TryStar t -> tryStmt(t.body, t.handlers, t.orelse, t.finalbody);
            case Assert a -> {
                a.test = expr(a.test);
                a.msg = opt(a.msg);
            }
            case Expr e -> e.value = expr(e.value);
            case Match m -> {
                m.subject = expr(m.subject);
                for (MatchCase c : m.cases) {
                    pattern(c.pattern);
                    c.guard = opt(c.guard);
                    stmts(c.body);
                }
            }
            default -> { }
        }
    }

    private void function(Arguments args, List<StmtTy> body, List<ExprTy> decos, ExprTy returns,
                          java.util.function.Consumer<ExprTy> setReturns) {
        arguments(args);
        body(body);
        exprs(decos);
        if (!futureAnnotations) setReturns.accept(opt(returns));
    }

    private void tryStmt(List<StmtTy> body, List<ExcepthandlerTy> handlers, List<StmtTy> orelse, List<StmtTy> fin) {
        stmts(body);
        for (ExcepthandlerTy h : handlers) {
            ExceptHandler eh = (ExceptHandler) h;
            eh.type = opt(eh.type);
            stmts(eh.body);
        }
        stmts(orelse);
        stmts(fin);
    }

    private void withitems(List<Withitem> items) {
        for (Withitem w : items) {
            w.context_expr = expr(w.context_expr);
            w.optional_vars = opt(w.optional_vars);
        }
    }

    private void keywords(List<Keyword> kws) {
        for (Keyword k : kws) k.value = expr(k.value);
    }

    private void arg(Arg a) {
        if (a != null && !futureAnnotations) a.annotation = opt(a.annotation);
    }

    private void arguments(Arguments a) {
        for (Arg x : a.posonlyargs) arg(x);
        for (Arg x : a.args) arg(x);
        arg(a.vararg);
        for (Arg x : a.kwonlyargs) arg(x);
        exprs(a.kw_defaults);
        arg(a.kwarg);
        exprs(a.defaults);
    }

    private void pattern(PatternTy p) {
        switch (p) {
            case MatchValue v -> v.value = expr(v.value);
            case MatchSequence s -> { for (PatternTy x : s.patterns) pattern(x); }
            case MatchMapping m -> {
                exprs(m.keys);
                for (PatternTy x : m.patterns) pattern(x);
            }
            case MatchClass c -> {
                c.cls = expr(c.cls);
                for (PatternTy x : c.patterns) pattern(x);
                for (PatternTy x : c.kwd_patterns) pattern(x);
            }
            case MatchAs a -> { if (a.pattern != null) pattern(a.pattern); }
            case MatchOr o -> { for (PatternTy x : o.patterns) pattern(x); }
            default -> { }
        }
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            g.target = expr(g.target);
            g.iter = expr(g.iter);
            exprs(g.ifs);
            g.iter = foldIter(g.iter);
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    private ExprTy expr(ExprTy e) {
        if (++depth > limit) throw new CompileRecursionError();
        ExprTy r = expr1(e);
        depth--;
        return r;
    }

    private ExprTy expr1(ExprTy e) {
        switch (e) {
            case BoolOp b -> exprs(b.values);
            case BinOp b -> {
                b.left = expr(b.left);
                b.right = expr(b.right);
                return foldBinop(b);
            }
            case UnaryOp u -> {
                u.operand = expr(u.operand);
                return foldUnaryop(u);
            }
            case Lambda l -> {
                arguments(l.args);
                l.body = expr(l.body);
            }
            case IfExp i -> {
                i.test = expr(i.test);
                i.body = expr(i.body);
                i.orelse = expr(i.orelse);
            }
            case Dict d -> {
                exprs(d.keys);
                exprs(d.values);
            }
            case org.sanca.ast.Set s -> exprs(s.elts);
            case ListComp c -> {
                c.elt = expr(c.elt);
                comprehensions(c.generators);
            }
            case SetComp c -> {
                c.elt = expr(c.elt);
                comprehensions(c.generators);
            }
            case DictComp c -> {
                c.key = expr(c.key);
                c.value = expr(c.value);
                comprehensions(c.generators);
            }
            case GeneratorExp c -> {
                c.elt = expr(c.elt);
                comprehensions(c.generators);
            }
            case Await a -> a.value = expr(a.value);
            case Yield y -> y.value = opt(y.value);
            case YieldFrom y -> y.value = expr(y.value);
            case Compare c -> {
                c.left = expr(c.left);
                exprs(c.comparators);
                int last = c.ops.size() - 1;
                CmpopTy op = c.ops.get(last);
                if (op == CmpopTy.In || op == CmpopTy.NotIn) c.comparators.set(last, foldIter(c.comparators.get(last)));
            }
            case Call c -> {
                c.func = expr(c.func);
                exprs(c.args);
                keywords(c.keywords);
            }
            case FormattedValue f -> {
                f.value = expr(f.value);
                f.format_spec = opt(f.format_spec);
            }
            case JoinedStr j -> exprs(j.values);
            case Attribute a -> a.value = expr(a.value);
            case Subscript s -> {
                s.value = expr(s.value);
                s.slice = expr(s.slice);
                if (s.ctx == ExprContextTy.Load && s.value instanceof Constant v && s.slice instanceof Constant i) {
                    PyObject r = ConstantFolder.subscript(v.value, i.value);
                    if (r != null) return constant(r, s);
                }
            }
            case Starred s -> s.value = expr(s.value);
            case Slice s -> {
                s.lower = opt(s.lower);
                s.upper = opt(s.upper);
                s.step = opt(s.step);
            }
            case org.sanca.ast.List l -> exprs(l.elts);
            case Tuple t -> {
                exprs(t.elts);
                if (t.ctx == ExprContextTy.Load) {
                    PyObject tuple = constTuple(t.elts);
                    if (tuple != null) return constant(tuple, t);
                }
            }
            case Name n -> {
                if (n.ctx == ExprContextTy.Load && n.id.equals("__debug__")) return constant(PyBool.of(optimize == 0), n);
            }
            case NamedExpr n -> n.value = expr(n.value);
            case Constant c -> { }
        }
        return e;
    }

    private static PyObject constTuple(List<ExprTy> elts) {
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            if (!(elts.get(i) instanceof Constant c)) return null;
            items[i] = c.value;
        }
        return org.sanca.objects.PyTuple.of(items);
    }

    private ExprTy foldUnaryop(UnaryOp u) {
        if (!(u.operand instanceof Constant c)) {
            if (u.op == UnaryopTy.Not && u.operand instanceof Compare cmp && cmp.ops.size() == 1) {
                CmpopTy inv = switch (cmp.ops.get(0)) {
                    case Is -> CmpopTy.IsNot;
                    case IsNot -> CmpopTy.Is;
                    case In -> CmpopTy.NotIn;
                    case NotIn -> CmpopTy.In;
                    default -> null;
                };
                if (inv != null) {
                    cmp.ops.set(0, inv);
                    return cmp;
                }
            }
            return u;
        }
        PyObject r = ConstantFolder.unary(u.op, c.value);
        return r == null ? u : constant(r, u);
    }

    private ExprTy foldBinop(BinOp b) {
        if (!(b.left instanceof Constant l)) return b;
        if (b.op == OperatorTy.Mod && b.right instanceof Tuple t && l.value instanceof PyStr fmt && !hasStarred(t.elts)) {
            ExprTy r = PercentFormat.optimize(b, fmt.asString(), t.elts);
            return r != null ? r : b;
        }
        if (!(b.right instanceof Constant r)) return b;
        PyObject v = ConstantFolder.binary(b.op, l.value, r.value);
        return v == null ? b : constant(v, b);
    }

    private static boolean hasStarred(List<ExprTy> elts) {
        for (ExprTy e : elts) {
            if (e instanceof Starred) return true;
        }
        return false;
    }

    /** A literal list iterated over becomes a tuple, a literal set a frozenset (fold_iter). */
    private ExprTy foldIter(ExprTy arg) {
        if (arg instanceof org.sanca.ast.List l) {
            if (hasStarred(l.elts)) return arg;
            Tuple t = new Tuple(l.elts, l.ctx, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
            PyObject v = constTuple(l.elts);
            return v == null ? t : constant(v, t);
        }
        if (arg instanceof org.sanca.ast.Set s) {
            PyObject v = constTuple(s.elts);
            if (v == null) return arg;
            List<PyObject> items = new ArrayList<>();
            for (ExprTy e : s.elts) items.add(((Constant) e).value);
            return constant(FrozenSets.make(items), s);
        }
        return arg;
    }
}
