package org.sanca.compiler;

import static org.sanca.compiler.Scope.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sanca.ast.*;
import org.sanca.parser.SyntaxErrorException;

/**
 * Builds the symbol table of a module: one Scope per block, every name's flags, then the
 * analysis that decides which names are local, global, free or cell variables.
 * CPython: Python/symtable.c.
 */
final class SymbolTable {
    final String filename;
    final boolean futureAnnotations;
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    Scope top;
    private final Deque<Scope> stack = new ArrayDeque<>();
    private Scope cur;
    private String privateName;
    private int depth;
    private final int limit;

    private SymbolTable(String filename, boolean futureAnnotations, CompileRecursionError.Budget budget) {
        this.filename = filename;
        this.futureAnnotations = futureAnnotations;
        this.depth = budget.start();
        this.limit = budget.limit();
    }

    /** Builds and analyses the symbol table of mod, within the given recursion budget. */
    static SymbolTable build(ModTy mod, String filename, boolean futureAnnotations, CompileRecursionError.Budget budget) {
        SymbolTable st = new SymbolTable(filename, futureAnnotations, budget);
        st.enterBlock("top", Scope.Type.MODULE, mod, 0, 0, 0, 0);
        st.top = st.cur;
        switch (mod) {
            case org.sanca.ast.Module m -> st.stmts(m.body);
            case Interactive m -> st.stmts(m.body);
            case Expression m -> st.expr(m.body);
            case FunctionType m -> { }
        }
        st.exitBlock();
        new Analyzer(st).analyzeBlock(st.top, null, new HashSet<>(), new HashSet<>());
        return st;
    }

    Scope lookup(Node key) {
        return scopes.get(key);
    }

    // ---- errors -----------------------------------------------------------------------------

    SyntaxErrorException error(String msg, int lineno, int col, int endLineno, int endCol) {
        return new SyntaxErrorException("SyntaxError", msg, filename, lineno, col + 1, endLineno, endCol + 1, null);
    }

    SyntaxErrorException error(String msg, Located at) {
        return error(msg, at.lineno(), at.col_offset(), at.end_lineno(), at.end_col_offset());
    }

    // ---- blocks -----------------------------------------------------------------------------

    private void enterBlock(String name, Scope.Type type, Node key, int lineno, int col, int endLineno, int endCol) {
        Scope prev = cur;
        Scope s = new Scope(name, type, key, lineno, col, endLineno, endCol);
        if (prev != null) {
            stack.push(prev);
            if (prev.nested || prev.type == Scope.Type.FUNCTION) s.nested = true;
            // bpo-37757: no assignment expression anywhere in a comprehension's outermost
            // iterable, not even in a lambda or comprehension nested there
            s.compIterExpr = prev.compIterExpr;
            prev.children.add(s);
        }
        scopes.put(key, s);
        cur = s;
    }

    private void enterBlock(String name, Scope.Type type, Node key, Located loc) {
        enterBlock(name, type, key, loc.lineno(), loc.col_offset(), loc.end_lineno(), loc.end_col_offset());
    }

    private void exitBlock() {
        cur = stack.isEmpty() ? null : stack.pop();
    }

    // ---- definitions ------------------------------------------------------------------------

    private void addDef(String name, int flag, Located loc) {
        addDef(name, flag, cur, loc);
    }

    private void addDef(String name, int flag, Scope ste, Located loc) {
        String mangled = Mangler.mangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val = flag;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", loc);
            }
            val = old | flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", loc);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    // ---- statements -------------------------------------------------------------------------

    private void stmts(List<StmtTy> body) {
        for (StmtTy s : body) stmt(s);
    }

    private void exprs(List<ExprTy> es) {
        for (ExprTy e : es) {
            if (e != null) expr(e);
        }
    }

    private void stmt(StmtTy s) {
        if (++depth > limit) throw new CompileRecursionError();
        stmt1(s);
        depth--;
    }

    private void stmt1(StmtTy s) {
        switch (s) {
            case FunctionDef f -> function(f, f.name, f.args, f.body, f.decorator_list, f.returns, false);
            case AsyncFunctionDef f -> function(f, f.name, f.args, f.body, f.decorator_list, f.returns, true);
            case ClassDef c -> {
                addDef(c.name, DEF_LOCAL, c);
                exprs(c.bases);
                for (Keyword k : c.keywords) expr(k.value);
                exprs(c.decorator_list);
                enterBlock(c.name, Scope.Type.CLASS, c, c);
                String saved = privateName;
                privateName = c.name;
                stmts(c.body);
                privateName = saved;
                exitBlock();
            }
            case Return r -> {
                if (r.value != null) {
                    expr(r.value);
                    cur.returnsValue = true;
                }
            }
            case Delete d -> exprs(d.targets);
            case Assign a -> {
                exprs(a.targets);
                expr(a.value);
            }
            case AnnAssign a -> annAssign(a);
            case AugAssign a -> {
                expr(a.target);
                expr(a.value);
            }
            case For f -> loop(f.target, f.iter, f.body, f.orelse);
            case AsyncFor f -> loop(f.target, f.iter, f.body, f.orelse);
            case While w -> {
                expr(w.test);
                stmts(w.body);
                stmts(w.orelse);
            }
            case If i -> {
                expr(i.test);
                stmts(i.body);
                stmts(i.orelse);
            }
            case Match m -> {
                expr(m.subject);
                for (MatchCase c : m.cases) {
                    pattern(c.pattern);
                    if (c.guard != null) expr(c.guard);
                    stmts(c.body);
                }
            }
            case Raise r -> {
                if (r.exc != null) expr(r.exc);
                if (r.cause != null) expr(r.cause);
            }
            case Try t -> tryStmt(t.body, t.orelse, t.handlers, t.finalbody);
            case TryStar t -> tryStmt(t.body, t.orelse, t.handlers, t.finalbody);
            case Assert a -> {
                expr(a.test);
                if (a.msg != null) expr(a.msg);
            }
            case Import i -> { for (Alias a : i.names) alias(a); }
            case ImportFrom i -> { for (Alias a : i.names) alias(a); }
            case Global g -> declare(g.names, g, true);
            case Nonlocal n -> declare(n.names, n, false);
            case Expr e -> expr(e.value);
            case Pass p -> { }
            case Break b -> { }
            case Continue c -> { }
            case With w -> withStmt(w.items, w.body);
            case AsyncWith w -> withStmt(w.items, w.body);
        }
    }

    private void function(StmtTy s, String name, Arguments args, List<StmtTy> body, List<ExprTy> decorators,
                          ExprTy returns, boolean async) {
        addDef(name, DEF_LOCAL, s);
        exprs(args.defaults);
        exprs(args.kw_defaults);
        annotations(args, returns);
        exprs(decorators);
        enterBlock(name, Scope.Type.FUNCTION, s, s);
        if (async) cur.coroutine = true;
        arguments(args);
        stmts(body);
        exitBlock();
    }

    private void loop(ExprTy target, ExprTy iter, List<StmtTy> body, List<StmtTy> orelse) {
        expr(target);
        expr(iter);
        stmts(body);
        stmts(orelse);
    }

    private void tryStmt(List<StmtTy> body, List<StmtTy> orelse, List<ExcepthandlerTy> handlers, List<StmtTy> fin) {
        stmts(body);
        stmts(orelse);
        for (ExcepthandlerTy h : handlers) {
            ExceptHandler eh = (ExceptHandler) h;
            if (eh.type != null) expr(eh.type);
            if (eh.name != null) addDef(eh.name, DEF_LOCAL, eh);
            stmts(eh.body);
        }
        stmts(fin);
    }

    private void withStmt(List<Withitem> items, List<StmtTy> body) {
        for (Withitem w : items) {
            expr(w.context_expr);
            if (w.optional_vars != null) expr(w.optional_vars);
        }
        stmts(body);
    }

    private void annAssign(AnnAssign a) {
        if (a.target instanceof Name n) {
            int old = cur.flagsOf(Mangler.mangle(privateName, n.id));
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && a.simple != 0) {
                String kind = (old & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + n.id + "' can't be " + kind, a);
            }
            if (a.simple != 0) {
                addDef(n.id, DEF_ANNOT | DEF_LOCAL, n);
            } else if (a.value != null) {
                addDef(n.id, DEF_LOCAL, n);
            }
        } else {
            expr(a.target);
        }
        annotation(a.annotation);
        if (a.value != null) expr(a.value);
    }

    private void declare(List<String> names, StmtTy s, boolean global) {
        String kw = global ? "global" : "nonlocal";
        for (String name : names) {
            int old = cur.flagsOf(Mangler.mangle(privateName, name));
            if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((old & DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and " + kw;
                else if ((old & USE) != 0) msg = "name '" + name + "' is used prior to " + kw + " declaration";
                else if ((old & DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + kw;
                else msg = "name '" + name + "' is assigned to before " + kw + " declaration";
                throw error(msg, s);
            }
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
            addDirective(name, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
        }
    }

    /** Records where name was declared global or nonlocal, under its mangled name (symtable_record_directive). */
    private void addDirective(String name, int lineno, int col, int endLineno, int endCol) {
        cur.directives.add(new Scope.Directive(Mangler.mangle(privateName, name), lineno, col, endLineno, endCol));
    }

    private void alias(Alias a) {
        String name = a.asname != null ? a.asname : a.name;
        int dot = name.indexOf('.');
        String store = dot >= 0 ? name.substring(0, dot) : name;
        if (!store.equals("*")) {
            addDef(store, DEF_IMPORT, a);
        } else if (cur.type != Scope.Type.MODULE) {
            throw error("import * only allowed at module level", a);
        }
    }

    // ---- arguments and annotations ------------------------------------------------------------

    private void arguments(Arguments a) {
        for (Arg x : a.posonlyargs) addDef(x.arg, DEF_PARAM, x);
        for (Arg x : a.args) addDef(x.arg, DEF_PARAM, x);
        for (Arg x : a.kwonlyargs) addDef(x.arg, DEF_PARAM, x);
        if (a.vararg != null) {
            addDef(a.vararg.arg, DEF_PARAM, a.vararg);
            cur.varargs = true;
        }
        if (a.kwarg != null) {
            addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
            cur.varkeywords = true;
        }
    }

    private void annotations(Arguments a, ExprTy returns) {
        for (Arg x : a.posonlyargs) annotation(x.annotation);
        for (Arg x : a.args) annotation(x.annotation);
        if (a.vararg != null) annotation(a.vararg.annotation);
        if (a.kwarg != null) annotation(a.kwarg.annotation);
        for (Arg x : a.kwonlyargs) annotation(x.annotation);
        annotation(returns);
    }

    private void annotation(ExprTy e) {
        if (e == null) return;
        if (futureAnnotations) {
            enterBlock("_annotation", Scope.Type.ANNOTATION, e, e);
            expr(e);
            exitBlock();
        } else {
            expr(e);
        }
    }

    // ---- expressions ------------------------------------------------------------------------

    private void expr(ExprTy e) {
        if (++depth > limit) throw new CompileRecursionError();
        expr1(e);
        depth--;
    }

    private void expr1(ExprTy e) {
        switch (e) {
            case NamedExpr n -> namedExpr(n);
            case BoolOp b -> exprs(b.values);
            case BinOp b -> {
                expr(b.left);
                expr(b.right);
            }
            case UnaryOp u -> expr(u.operand);
            case Lambda l -> {
                exprs(l.args.defaults);
                exprs(l.args.kw_defaults);
                enterBlock("lambda", Scope.Type.FUNCTION, l, l);
                arguments(l.args);
                expr(l.body);
                exitBlock();
            }
            case IfExp i -> {
                expr(i.test);
                expr(i.body);
                expr(i.orelse);
            }
            case Dict d -> {
                exprs(d.keys);
                exprs(d.values);
            }
            case org.sanca.ast.Set s -> exprs(s.elts);
            case GeneratorExp g -> comprehension(g, "genexpr", g.generators, g.elt, null, GEN_EXP);
            case ListComp g -> comprehension(g, "listcomp", g.generators, g.elt, null, LIST_COMP);
            case SetComp g -> comprehension(g, "setcomp", g.generators, g.elt, null, SET_COMP);
            case DictComp g -> comprehension(g, "dictcomp", g.generators, g.key, g.value, DICT_COMP);
            case Yield y -> {
                noAnnotation("yield expression", y);
                if (y.value != null) expr(y.value);
                yieldIn(y);
            }
            case YieldFrom y -> {
                noAnnotation("yield expression", y);
                expr(y.value);
                yieldIn(y);
            }
            case Await a -> {
                noAnnotation("await expression", a);
                expr(a.value);
                cur.coroutine = true;
            }
            case Compare c -> {
                expr(c.left);
                exprs(c.comparators);
            }
            case Call c -> {
                expr(c.func);
                exprs(c.args);
                for (Keyword k : c.keywords) expr(k.value);
            }
            case FormattedValue f -> {
                expr(f.value);
                if (f.format_spec != null) expr(f.format_spec);
            }
            case JoinedStr j -> exprs(j.values);
            case Constant c -> { }
            case Attribute a -> expr(a.value);
            case Subscript s -> {
                expr(s.value);
                expr(s.slice);
            }
            case Starred s -> expr(s.value);
            case Slice s -> {
                if (s.lower != null) expr(s.lower);
                if (s.upper != null) expr(s.upper);
                if (s.step != null) expr(s.step);
            }
            case Name n -> {
                addDef(n.id, n.ctx == ExprContextTy.Load ? USE : DEF_LOCAL, n);
                if (n.ctx == ExprContextTy.Load && cur.type == Scope.Type.FUNCTION && n.id.equals("super")) {
                    addDef("__class__", USE, n);
                }
            }
            case org.sanca.ast.List l -> exprs(l.elts);
            case Tuple t -> exprs(t.elts);
        }
    }

    private void noAnnotation(String what, ExprTy e) {
        if (cur.type == Scope.Type.ANNOTATION) {
            throw error("'" + what + "' can not be used within an annotation", e);
        }
    }

    private void yieldIn(ExprTy e) {
        cur.generator = true;
        if (cur.comprehension != NO_COMPREHENSION) {
            String[] kinds = {"", "list comprehension", "dict comprehension", "set comprehension", "generator expression"};
            throw error("'yield' inside " + kinds[cur.comprehension], e);
        }
    }

    private void namedExpr(NamedExpr n) {
        noAnnotation("named expression", n);
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", n);
        }
        if (cur.comprehension != NO_COMPREHENSION) extendNamedExprScope((Name) n.target);
        expr(n.value);
        expr(n.target);
    }

    private void extendNamedExprScope(Name target) {
        String name = target.id;
        List<Scope> chain = new ArrayList<>();
        chain.add(cur);
        chain.addAll(stack);
        for (Scope ste : chain) {
            if (ste.comprehension != NO_COMPREHENSION) {
                if ((ste.flagsOf(name) & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'", target);
                }
                continue;
            }
            if (ste.type == Scope.Type.FUNCTION) {
                addDef(name, (ste.flagsOf(name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                addDirective(name, target.lineno, target.col_offset, target.end_lineno, target.end_col_offset);
                addDef(name, DEF_LOCAL, ste, target);
                return;
            }
            if (ste.type == Scope.Type.MODULE) {
                addDef(name, DEF_GLOBAL, target);
                addDirective(name, target.lineno, target.col_offset, target.end_lineno, target.end_col_offset);
                addDef(name, DEF_GLOBAL, ste, target);
                return;
            }
            if (ste.type == Scope.Type.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", target);
            }
        }
    }

    private void comprehension(ExprTy e, String name, List<Comprehension> gens, ExprTy elt, ExprTy value, int kind) {
        Comprehension outer = gens.get(0);
        cur.compIterExpr++;
        expr(outer.iter);
        cur.compIterExpr--;
        enterBlock(name, Scope.Type.FUNCTION, e, e);
        if (outer.is_async != 0) cur.coroutine = true;
        cur.comprehension = kind;
        addDef(".0", DEF_PARAM, e);
        cur.compIterTarget = true;
        expr(outer.target);
        cur.compIterTarget = false;
        exprs(outer.ifs);
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            cur.compIterTarget = true;
            expr(g.target);
            cur.compIterTarget = false;
            cur.compIterExpr++;
            expr(g.iter);
            cur.compIterExpr--;
            exprs(g.ifs);
            if (g.is_async != 0) cur.coroutine = true;
        }
        if (value != null) expr(value);
        expr(elt);
        boolean isGenerator = kind == GEN_EXP;
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) cur.coroutine = true;
    }

    private void pattern(PatternTy p) {
        switch (p) {
            case MatchValue v -> expr(v.value);
            case MatchSingleton s -> { }
            case MatchSequence s -> { for (PatternTy x : s.patterns) pattern(x); }
            case MatchStar s -> { if (s.name != null) addDef(s.name, DEF_LOCAL, s); }
            case MatchMapping m -> {
                exprs(m.keys);
                for (PatternTy x : m.patterns) pattern(x);
                if (m.rest != null) addDef(m.rest, DEF_LOCAL, m);
            }
            case MatchClass c -> {
                expr(c.cls);
                for (PatternTy x : c.patterns) pattern(x);
                for (PatternTy x : c.kwd_patterns) pattern(x);
            }
            case MatchAs a -> {
                if (a.pattern != null) pattern(a.pattern);
                if (a.name != null) addDef(a.name, DEF_LOCAL, a);
            }
            case MatchOr o -> { for (PatternTy x : o.patterns) pattern(x); }
        }
    }

    // ---- analysis -----------------------------------------------------------------------------

    /** The scope analysis pass: symtable.c's analyze_block and friends. */
    private static final class Analyzer {
        private final SymbolTable st;

        Analyzer(SymbolTable st) {
            this.st = st;
        }

        void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
            Set<String> local = new HashSet<>();
            Map<String, Integer> scopes = new java.util.HashMap<>();
            Set<String> newGlobal = new HashSet<>(), newFree = new HashSet<>(), newBound = new HashSet<>();
            if (ste.type == Scope.Type.CLASS) {
                newGlobal.addAll(global);
                if (bound != null) newBound.addAll(bound);
            }
            for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
                analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
            }
            if (ste.type != Scope.Type.CLASS) {
                if (ste.type == Scope.Type.FUNCTION) newBound.addAll(local);
                if (bound != null) newBound.addAll(bound);
                newGlobal.addAll(global);
            } else {
                newBound.add("__class__");
            }
            Set<String> allFree = new HashSet<>();
            for (Scope child : ste.children) {
                Set<String> childFree = new HashSet<>();
                analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
                allFree.addAll(childFree);
                if (child.free || child.childFree) ste.childFree = true;
            }
            newFree.addAll(allFree);
            if (ste.type == Scope.Type.FUNCTION) {
                analyzeCells(scopes, newFree);
            } else if (ste.type == Scope.Type.CLASS && newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
            updateSymbols(ste, scopes, bound, newFree, ste.type == Scope.Type.CLASS);
            free.addAll(newFree);
        }

        private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                                 Set<String> local, Set<String> free, Set<String> global) {
            if ((flags & DEF_GLOBAL) != 0) {
                if ((flags & DEF_NONLOCAL) != 0) throw directiveError(ste, name, "name '" + name + "' is nonlocal and global");
                scopes.put(name, GLOBAL_EXPLICIT);
                global.add(name);
                if (bound != null) bound.remove(name);
                return;
            }
            if ((flags & DEF_NONLOCAL) != 0) {
                if (bound == null) throw directiveError(ste, name, "nonlocal declaration not allowed at module level");
                if (!bound.contains(name)) throw directiveError(ste, name, "no binding for nonlocal '" + name + "' found");
                scopes.put(name, FREE);
                ste.free = true;
                free.add(name);
                return;
            }
            if ((flags & DEF_BOUND) != 0) {
                scopes.put(name, LOCAL);
                local.add(name);
                global.remove(name);
                return;
            }
            if (bound != null && bound.contains(name)) {
                scopes.put(name, FREE);
                ste.free = true;
                free.add(name);
                return;
            }
            if (global.contains(name)) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
            if (ste.nested) ste.free = true;
            scopes.put(name, GLOBAL_IMPLICIT);
        }

        private SyntaxErrorException directiveError(Scope ste, String name, String msg) {
            Scope.Directive d = ste.directive(name);
            if (d == null) return st.error(msg, ste.lineno, ste.colOffset, ste.endLineno, ste.endColOffset);
            return st.error(msg, d.lineno(), d.col(), d.endLineno(), d.endCol());
        }

        private static void analyzeCells(Map<String, Integer> scopes, Set<String> free) {
            for (Map.Entry<String, Integer> e : scopes.entrySet()) {
                if (e.getValue() != LOCAL) continue;
                if (!free.contains(e.getKey())) continue;
                e.setValue(CELL);
                free.remove(e.getKey());
            }
        }

        private static void updateSymbols(Scope ste, Map<String, Integer> scopes, Set<String> bound, Set<String> free,
                                          boolean classFlag) {
            for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
                e.setValue(e.getValue() | (scopes.get(e.getKey()) << SCOPE_OFFSET));
            }
            for (String name : new TreeSet<>(free)) {
                Integer v = ste.symbols.get(name);
                if (v != null) {
                    if (classFlag && (v & (DEF_BOUND | DEF_GLOBAL)) != 0) ste.symbols.put(name, v | DEF_FREE_CLASS);
                    continue;
                }
                if (bound != null && !bound.contains(name)) continue;
                ste.symbols.put(name, FREE << SCOPE_OFFSET);
            }
        }
    }
}
