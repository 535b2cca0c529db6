package org.sanca.compiler;

import java.util.List;

import org.sanca.ast.*;
import org.sanca.ast.Module;
import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyBytes;
import org.sanca.objects.PyComplex;
import org.sanca.objects.PyErr;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyFloat;
import org.sanca.objects.PyFrozenSet;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.objects.PyType;

/**
 * Checks a tree built from Python AST objects before it is compiled: contexts, non-empty
 * bodies, positions, constants and pattern shapes, raising CPython's ValueError or TypeError.
 * CPython: Python/ast.c (_PyAST_Validate).
 */
public final class AstValidator {
    private int depth;
    private final int limit;

    private AstValidator(CompileRecursionError.Budget budget) {
        depth = budget.start();
        limit = budget.limit();
    }

    /** _PyAST_Validate: raises the Python exception CPython raises for a malformed tree. */
    public static void validate(ModTy mod, CompileRecursionError.Budget budget) {
        AstValidator v = new AstValidator(budget);
        switch (mod) {
            case Module m -> v.stmts(m.body);
            case Interactive m -> v.stmts(m.body);
            case Expression m -> v.expr(m.body, ExprContextTy.Load);
            case FunctionType m -> {
                v.exprs(m.argtypes, ExprContextTy.Load, false);
                v.expr(m.returns, ExprContextTy.Load);
            }
        }
    }

    /**
     * The compiler's SystemError for a valid tree it cannot compile (an AST object's
     * AugAssign or AnnAssign target of the wrong kind): "invalid node type (26) for ...",
     * with CPython's number for the expression kind.
     */
    public static RuntimeException invalidNodeType(ExprTy e, String what) {
        int kind = 0;
        for (AstSpec.Entry entry : AstSpec.ENTRIES) {
            if (entry.base().equals("expr")) {
                kind++;
                if (entry.javaClass() == e.getClass()) {
                    break;
                }
            }
        }
        return PyErr.format(PyExc.SystemError, "invalid node type (%d) for %s", kind, what);
    }

    /** The compiler's SystemError for a FormattedValue conversion other than -1, 's', 'r', 'a'. */
    public static RuntimeException unrecognizedConversion(int conversion) {
        return PyErr.format(PyExc.SystemError, "Unrecognized conversion character %d", conversion);
    }

    private static RuntimeException valueError(String format, Object... args) {
        return PyErr.format(PyExc.ValueError, format, args);
    }

    private void enter() {
        if (++depth > limit) {
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }

    /** VALIDATE_POSITIONS: line and column ranges that make sense. */
    private static void positions(Located n) {
        int line = n.lineno(), endLine = n.end_lineno(), col = n.col_offset(), endCol = n.end_col_offset();
        if (line > endLine) {
            throw valueError("AST node line range (%d, %d) is not valid", line, endLine);
        }
        if ((line < 0 && endLine != line) || (col < 0 && col != endCol)) {
            throw valueError("AST node column range (%d, %d) for line range (%d, %d) is not valid",
                col, endCol, line, endLine);
        }
        if (line == endLine && col > endCol) {
            throw valueError("line %d, column %d-%d is not a valid range", line, col, endCol);
        }
    }

    /** validate_name: None, True and False are constants, never identifiers. */
    private static void name(String id) {
        if (id.equals("None") || id.equals("True") || id.equals("False")) {
            throw valueError("identifier field can't represent '%s' constant", id);
        }
    }

    private static void nonEmpty(List<?> seq, String what, String owner) {
        if (seq.isEmpty()) {
            throw valueError("empty %s on %s", what, owner);
        }
    }

    // ---- statements -------------------------------------------------------------------------

    private void stmts(List<StmtTy> body) {
        for (StmtTy s : body) {
            if (s == null) {
                throw valueError("None disallowed in statement list");
            }
            stmt(s);
        }
    }

    private void body(List<StmtTy> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private void stmt(StmtTy s) {
        positions(s);
        enter();
        switch (s) {
            case FunctionDef f -> function(f.body, "FunctionDef", f.args, f.decorator_list, f.returns);
            case AsyncFunctionDef f -> function(f.body, "AsyncFunctionDef", f.args, f.decorator_list, f.returns);
            case ClassDef c -> {
                body(c.body, "ClassDef");
                loads(c.bases);
                keywords(c.keywords);
                loads(c.decorator_list);
            }
            case Return r -> optional(r.value);
            case Delete d -> assignList(d.targets, ExprContextTy.Del);
            case Assign a -> {
                assignList(a.targets, ExprContextTy.Store);
                load(a.value);
            }
            case AugAssign a -> {
                expr(a.target, ExprContextTy.Store);
                load(a.value);
            }
            case AnnAssign a -> annAssign(a);
            case For f -> loop(f.target, f.iter, f.body, f.orelse, "For");
            case AsyncFor f -> loop(f.target, f.iter, f.body, f.orelse, "AsyncFor");
            case While w -> conditional(w.test, w.body, w.orelse, "While");
            case If i -> conditional(i.test, i.body, i.orelse, "If");
            case With w -> with(w.items, w.body, "With");
            case AsyncWith w -> with(w.items, w.body, "AsyncWith");
            case Match m -> match(m);
            case Raise r -> raise(r);
            case Try t -> tryStmt(t.body, t.handlers, t.orelse, t.finalbody, "Try");
            case TryStar t -> tryStmt(t.body, t.handlers, t.orelse, t.finalbody, "TryStar");
            case Assert a -> {
                load(a.test);
                optional(a.msg);
            }
            case Import i -> nonEmpty(i.names, "names", "Import");
            case ImportFrom i -> {
                if (i.level < 0) {
                    throw valueError("Negative ImportFrom level");
                }
                nonEmpty(i.names, "names", "ImportFrom");
            }
            case Global g -> nonEmpty(g.names, "names", "Global");
            case Nonlocal n -> nonEmpty(n.names, "names", "Nonlocal");
            case Expr e -> load(e.value);
            case Pass p -> { }
            case Break b -> { }
            case Continue c -> { }
        }
        depth--;
    }

    private void function(List<StmtTy> body, String owner, Arguments args, List<ExprTy> decorators, ExprTy returns) {
        body(body, owner);
        arguments(args);
        loads(decorators);
        optional(returns);
    }

    private void annAssign(AnnAssign a) {
        if (!(a.target instanceof Name) && a.simple != 0) {
            throw PyErr.format(PyExc.TypeError, "AnnAssign with simple non-Name target");
        }
        expr(a.target, ExprContextTy.Store);
        optional(a.value);
        load(a.annotation);
    }

    private void assignList(List<ExprTy> targets, ExprContextTy ctx) {
        nonEmpty(targets, "targets", ctx == ExprContextTy.Del ? "Delete" : "Assign");
        exprs(targets, ctx, false);
    }

    private void loop(ExprTy target, ExprTy iter, List<StmtTy> body, List<StmtTy> orelse, String owner) {
        expr(target, ExprContextTy.Store);
        load(iter);
        body(body, owner);
        stmts(orelse);
    }

    private void conditional(ExprTy test, List<StmtTy> body, List<StmtTy> orelse, String owner) {
        load(test);
        body(body, owner);
        stmts(orelse);
    }

    private void with(List<Withitem> items, List<StmtTy> body, String owner) {
        nonEmpty(items, "items", owner);
        for (Withitem item : items) {
            load(item.context_expr);
            if (item.optional_vars != null) {
                expr(item.optional_vars, ExprContextTy.Store);
            }
        }
        body(body, owner);
    }

    private void raise(Raise r) {
        if (r.exc != null) {
            load(r.exc);
            optional(r.cause);
        } else if (r.cause != null) {
            throw valueError("Raise with cause but no exception");
        }
    }

    private void tryStmt(List<StmtTy> body, List<ExcepthandlerTy> handlers, List<StmtTy> orelse,
            List<StmtTy> finalbody, String owner) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw valueError("%s has neither except handlers nor finalbody", owner);
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw valueError("%s has orelse but no except handlers", owner);
        }
        for (ExcepthandlerTy h : handlers) {
            ExceptHandler handler = (ExceptHandler) h;
            positions(handler);
            optional(handler.type);
            body(handler.body, "ExceptHandler");
        }
        stmts(finalbody);
        stmts(orelse);
    }

    private void match(Match m) {
        load(m.subject);
        nonEmpty(m.cases, "cases", "Match");
        for (MatchCase c : m.cases) {
            pattern(c.pattern, false);
            optional(c.guard);
            body(c.body, "match_case");
        }
    }

    // ---- expressions ------------------------------------------------------------------------

    private void load(ExprTy e) {
        expr(e, ExprContextTy.Load);
    }

    private void optional(ExprTy e) {
        if (e != null) {
            expr(e, ExprContextTy.Load);
        }
    }

    private void loads(List<ExprTy> exprs) {
        exprs(exprs, ExprContextTy.Load, false);
    }

    private void exprs(List<ExprTy> exprs, ExprContextTy ctx, boolean nullOk) {
        for (ExprTy e : exprs) {
            if (e != null) {
                expr(e, ctx);
            } else if (!nullOk) {
                throw valueError("None disallowed in expression list");
            }
        }
    }

    private void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            load(k.value);
        }
    }

    private static ExprContextTy contextOf(ExprTy e) {
        return switch (e) {
            case Attribute a -> a.ctx;
            case Subscript s -> s.ctx;
            case Starred s -> s.ctx;
            case Name n -> n.ctx;
            case org.sanca.ast.List l -> l.ctx;
            case Tuple t -> t.ctx;
            default -> null;
        };
    }

    private void expr(ExprTy e, ExprContextTy ctx) {
        positions(e);
        enter();
        ExprContextTy actual = contextOf(e);
        if (actual == null && ctx != ExprContextTy.Load) {
            throw valueError("expression which can't be assigned to in %s context", ctx.name());
        }
        if (actual != null && actual != ctx) {
            throw valueError("expression must have %s context but has %s instead", ctx.name(), actual.name());
        }
        exprFields(e, ctx);
        depth--;
    }

    private void exprFields(ExprTy e, ExprContextTy ctx) {
        switch (e) {
            case BoolOp b -> {
                if (b.values.size() < 2) {
                    throw valueError("BoolOp with less than 2 values");
                }
                loads(b.values);
            }
            case BinOp b -> {
                load(b.left);
                load(b.right);
            }
            case UnaryOp u -> load(u.operand);
            case Lambda l -> {
                arguments(l.args);
                load(l.body);
            }
            case IfExp i -> {
                load(i.test);
                load(i.body);
                load(i.orelse);
            }
            case Dict d -> dict(d);
            case Set s -> loads(s.elts);
            case ListComp c -> comprehension(c.generators, c.elt, null);
            case SetComp c -> comprehension(c.generators, c.elt, null);
            case GeneratorExp c -> comprehension(c.generators, c.elt, null);
            case DictComp c -> comprehension(c.generators, c.key, c.value);
            case Yield y -> optional(y.value);
            case YieldFrom y -> load(y.value);
            case Await a -> load(a.value);
            case Compare c -> compare(c);
            case Call c -> call(c);
            case Constant c -> constant(c.value);
            case JoinedStr j -> loads(j.values);
            case FormattedValue f -> {
                load(f.value);
                optional(f.format_spec);
            }
            case Attribute a -> load(a.value);
            case Subscript s -> {
                load(s.slice);
                load(s.value);
            }
            case Starred s -> expr(s.value, ctx);
            case Slice s -> {
                optional(s.lower);
                optional(s.upper);
                optional(s.step);
            }
            case org.sanca.ast.List l -> exprs(l.elts, ctx, false);
            case Tuple t -> exprs(t.elts, ctx, false);
            case NamedExpr n -> namedExpr(n);
            case Name n -> name(n.id);
        }
    }

    private void dict(Dict d) {
        if (d.keys.size() != d.values.size()) {
            throw valueError("Dict doesn't have the same number of keys as values");
        }
        exprs(d.keys, ExprContextTy.Load, true); // None keys are ** unpackings
        loads(d.values);
    }

    private void call(Call c) {
        load(c.func);
        loads(c.args);
        keywords(c.keywords);
    }

    private void namedExpr(NamedExpr n) {
        if (!(n.target instanceof Name)) {
            throw PyErr.format(PyExc.TypeError, "NamedExpr target must be a Name");
        }
        load(n.value);
    }

    private void compare(Compare c) {
        if (c.comparators.isEmpty()) {
            throw valueError("Compare with no comparators");
        }
        if (c.comparators.size() != c.ops.size()) {
            throw valueError("Compare has a different number of comparators and operands");
        }
        loads(c.comparators);
        load(c.left);
    }

    private void comprehension(List<Comprehension> generators, ExprTy elt, ExprTy value) {
        if (generators.isEmpty()) {
            throw valueError("comprehension with no generators");
        }
        for (Comprehension g : generators) {
            expr(g.target, ExprContextTy.Store);
            load(g.iter);
            loads(g.ifs);
        }
        load(elt);
        if (value != null) {
            load(value);
        }
    }

    private void arguments(Arguments a) {
        args(a.posonlyargs);
        args(a.args);
        if (a.vararg != null) {
            optional(a.vararg.annotation);
        }
        args(a.kwonlyargs);
        if (a.kwarg != null) {
            optional(a.kwarg.annotation);
        }
        if (a.defaults.size() > a.posonlyargs.size() + a.args.size()) {
            throw valueError("more positional defaults than args on arguments");
        }
        if (a.kw_defaults.size() != a.kwonlyargs.size()) {
            throw valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        loads(a.defaults);
        exprs(a.kw_defaults, ExprContextTy.Load, true);
    }

    private void args(List<Arg> args) {
        for (Arg a : args) {
            positions(a);
            optional(a.annotation);
        }
    }

    /** validate_constant: what a Constant may hold; TypeError naming the first type it may not. */
    private void constant(PyObject value) {
        PyObject bad = invalidConstant(value);
        if (bad != null) {
            String type = bad.type().getName();
            throw PyErr.format(PyExc.TypeError, "got an invalid type in Constant: %s",
                type.substring(type.lastIndexOf('.') + 1));
        }
    }

    private PyObject invalidConstant(PyObject v) {
        PyType t = v.type();
        if (v == Py.None || v == Py.Ellipsis || t == PyInt.TYPE || t == PyFloat.TYPE || t == PyComplex.TYPE
                || t == org.sanca.objects.PyBool.TYPE || t == PyStr.TYPE || t == PyBytes.TYPE) {
            return null;
        }
        if (t != PyTuple.TYPE && t != PyFrozenSet.TYPE) {
            return v;
        }
        enter();
        PyObject it = Abstract.getIter(v);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            PyObject bad = invalidConstant(item);
            if (bad != null) {
                return bad;
            }
        }
        depth--;
        return null;
    }

    // ---- patterns ---------------------------------------------------------------------------

    private void pattern(PatternTy p, boolean starOk) {
        positions(p);
        enter();
        switch (p) {
            case MatchValue m -> matchValue(m.value);
            case MatchSingleton m -> {
                if (m.value != Py.None && m.value != Py.True && m.value != Py.False) {
                    throw valueError("MatchSingleton can only contain True, False and None");
                }
            }
            case MatchSequence m -> patterns(m.patterns, true);
            case MatchMapping m -> matchMapping(m);
            case MatchClass m -> matchClass(m);
            case MatchStar m -> {
                if (!starOk) {
                    throw valueError("can't use MatchStar here");
                }
                capture(m.name);
            }
            case MatchAs m -> {
                capture(m.name);
                if (m.pattern != null) {
                    if (m.name == null) {
                        throw valueError("MatchAs must specify a target name if a pattern is given");
                    }
                    pattern(m.pattern, false);
                }
            }
            case MatchOr m -> {
                if (m.patterns.size() < 2) {
                    throw valueError("MatchOr requires at least 2 patterns");
                }
                patterns(m.patterns, false);
            }
        }
        depth--;
    }

    private void patterns(List<PatternTy> patterns, boolean starOk) {
        for (PatternTy p : patterns) {
            pattern(p, starOk);
        }
    }

    /** validate_capture: '_' is the wildcard, never a name bound by a pattern. */
    private static void capture(String name) {
        if (name == null) {
            return;
        }
        if (name.equals("_")) {
            throw valueError("can't capture name '_' in patterns");
        }
        name(name);
    }

    /** validate_pattern_match_value: literals, attribute lookups, negated and complex numbers. */
    private void matchValue(ExprTy e) {
        load(e);
        switch (e) {
            case Constant c -> {
                PyType t = c.value.type();
                if (t == PyInt.TYPE || t == PyFloat.TYPE || t == PyBytes.TYPE || t == PyComplex.TYPE
                        || t == PyStr.TYPE) {
                    return;
                }
                throw valueError("unexpected constant inside of a literal pattern");
            }
            case Attribute a -> {
                return;
            }
            case UnaryOp u when literalNegative(u, true, true) -> {
                return;
            }
            case BinOp b when literalComplex(b) -> {
                return;
            }
            case JoinedStr j -> {
                return;
            }
            default -> { }
        }
        throw valueError("patterns may only match literals and attribute lookups");
    }

    /** ensure_literal_number: an exact int or float (real) or complex (imaginary) constant. */
    private static boolean literalNumber(ExprTy e, boolean real, boolean imaginary) {
        PyType t = ((Constant) e).value.type();
        return real && (t == PyFloat.TYPE || t == PyInt.TYPE) || imaginary && t == PyComplex.TYPE;
    }

    /** ensure_literal_negative: '-' applied to a number constant. */
    private static boolean literalNegative(UnaryOp u, boolean real, boolean imaginary) {
        return u.op == UnaryopTy.USub && u.operand instanceof Constant && literalNumber(u.operand, real, imaginary);
    }

    /** ensure_literal_complex: a real number, maybe negated, plus or minus an imaginary one. */
    private static boolean literalComplex(BinOp b) {
        if (b.op != OperatorTy.Add && b.op != OperatorTy.Sub) {
            return false;
        }
        boolean left = switch (b.left) {
            case Constant c -> literalNumber(c, true, false);
            case UnaryOp u -> literalNegative(u, true, false);
            default -> false;
        };
        return left && b.right instanceof Constant && literalNumber(b.right, false, true);
    }

    private void matchMapping(MatchMapping m) {
        if (m.keys.size() != m.patterns.size()) {
            throw valueError("MatchMapping doesn't have the same number of keys as patterns");
        }
        capture(m.rest);
        for (ExprTy key : m.keys) {
            if (key == null) {
                throw valueError("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            }
            if (key instanceof Constant c && (c.value == Py.None || c.value instanceof org.sanca.objects.PyBool)) {
                continue;
            }
            matchValue(key);
        }
        patterns(m.patterns, false);
    }

    private void matchClass(MatchClass m) {
        if (m.kwd_attrs.size() != m.kwd_patterns.size()) {
            throw valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
        }
        load(m.cls);
        ExprTy cls = m.cls;
        while (cls instanceof Attribute a) {
            cls = a.value;
        }
        if (!(cls instanceof Name)) {
            throw valueError("MatchClass cls field can only contain Name or Attribute nodes.");
        }
        for (String attr : m.kwd_attrs) {
            name(attr);
        }
        patterns(m.patterns, false);
        patterns(m.kwd_patterns, false);
    }
}
