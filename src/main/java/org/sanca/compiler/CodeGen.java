package org.sanca.compiler;

import static org.sanca.bytecode.Opcode.*;
import static org.sanca.compiler.FlowGraph.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.sanca.ast.*;
import org.sanca.objects.Py;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyTuple;
import org.sanca.parser.SyntaxErrorException;

/**
 * Generates the control flow graph of each code object from the AST: scopes, names,
 * statements and the instruction-level helpers the expression and pattern generators share.
 * CPython: Python/compile.c (compiler_visit_stmt, compiler_nameop, compiler_function, ...).
 */
class CodeGen {
    final SymbolTable st;
    final String filename;
    final int flags;
    final int optimize;
    final int futureLineno;
    Unit u;
    private final Deque<Unit> stack = new ArrayDeque<>();
    boolean interactive;
    int nestlevel;
    final ExprGen exprs;
    final PatternGen patterns;
    final Warnings warn = new Warnings(this);
    private final ConstCache constCache = new ConstCache();
    Compiler.WarningHandler warnings;

    CodeGen(SymbolTable st, String filename, int flags, int optimize, int futureLineno) {
        this.st = st;
        this.filename = filename;
        this.flags = flags;
        this.optimize = optimize;
        this.futureLineno = futureLineno;
        this.exprs = new ExprGen(this);
        this.patterns = new PatternGen(this);
    }

    // ---- module --------------------------------------------------------------------------------

    PyCode compileModule(ModTy mod) {
        enterScope("<module>", Unit.SCOPE_MODULE, mod, 1);
        u.lineno = 1;
        boolean addNone = true;
        switch (mod) {
            case org.sanca.ast.Module m -> body(m.body);
            case Interactive m -> {
                if (Annotations.find(m.body)) addop(SETUP_ANNOTATIONS);
                interactive = true;
                for (StmtTy s : m.body) stmt(s);
            }
            case Expression m -> {
                expr(m.body);
                addNone = false;
            }
            case FunctionType m -> throw new IllegalArgumentException("cannot compile FunctionType");
        }
        PyCode co = assemble(addNone);
        exitScope();
        return co;
    }

    /** Compiles a body, storing a docstring and setting up annotations (compiler_body). */
    void body(List<StmtTy> stmts) {
        if (u.scopeType == Unit.SCOPE_MODULE && !stmts.isEmpty()) setLoc(stmts.get(0));
        if (Annotations.find(stmts)) addop(SETUP_ANNOTATIONS);
        if (stmts.isEmpty()) return;
        int i = 0;
        if (optimize < 2) {
            PyStr doc = docstring(stmts);
            if (doc != null) {
                i = 1;
                expr(((Expr) stmts.get(0)).value);
                unsetLoc();
                nameop("__doc__", ExprContextTy.Store);
            }
        }
        for (; i < stmts.size(); i++) stmt(stmts.get(i));
    }

    static PyStr docstring(List<StmtTy> body) {
        if (!body.isEmpty() && body.get(0) instanceof Expr e && e.value instanceof Constant c && c.value instanceof PyStr s) {
            return s;
        }
        return null;
    }

    // ---- scopes --------------------------------------------------------------------------------

    void enterScope(String name, int scopeType, Node key, int lineno) {
        Unit nu = new Unit(st.lookup(key), name, scopeType, lineno);
        nu.constCache = constCache;
        if (u != null) {
            stack.push(u);
            nu.privateName = u.privateName;
        }
        u = nu;
        nestlevel++;
        u.curblock = u.newBlock();
        if (scopeType == Unit.SCOPE_MODULE) {
            u.lineno = 0;
        } else {
            setQualname();
        }
        addopI(RESUME, 0);
        if (scopeType == Unit.SCOPE_MODULE) u.lineno = -1;
    }

    void exitScope() {
        nestlevel--;
        u = stack.isEmpty() ? null : stack.pop();
    }

    private void setQualname() {
        String base = null;
        if (!stack.isEmpty()) {
            Unit parent = stack.peek();
            boolean forceGlobal = false;
            if (u.scopeType == Unit.SCOPE_FUNCTION || u.scopeType == Unit.SCOPE_ASYNC_FUNCTION
                    || u.scopeType == Unit.SCOPE_CLASS) {
                String mangled = Mangler.mangle(parent.privateName, u.name);
                forceGlobal = parent.ste.scopeOf(mangled) == Scope.GLOBAL_EXPLICIT;
            }
            if (!forceGlobal) {
                int pt = parent.scopeType;
                if (pt == Unit.SCOPE_FUNCTION || pt == Unit.SCOPE_ASYNC_FUNCTION || pt == Unit.SCOPE_LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else {
                    base = parent.qualname;
                }
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    /** Adds the implicit return and assembles the current unit. */
    PyCode assemble(boolean addNone) {
        if (!u.curblock.isReturn) {
            unsetLoc();
            if (addNone) loadConst(Py.None);
            addop(RETURN_VALUE);
        }
        return Assembler.assemble(u, filename, flags);
    }

    // ---- locations -----------------------------------------------------------------------------

    void setLoc(Located n) {
        u.lineno = n.lineno();
        u.colOffset = n.col_offset();
        u.endLineno = n.end_lineno();
        u.endColOffset = n.end_col_offset();
    }

    void unsetLoc() {
        u.lineno = u.colOffset = u.endLineno = u.endColOffset = -1;
    }

    int[] saveLoc() {
        return new int[] {u.lineno, u.endLineno, u.colOffset, u.endColOffset};
    }

    void restoreLoc(int[] l) {
        u.lineno = l[0];
        u.endLineno = l[1];
        u.colOffset = l[2];
        u.endColOffset = l[3];
    }

    SyntaxErrorException error(String msg) {
        return new SyntaxErrorException("SyntaxError", msg, filename, u.lineno, u.colOffset + 1, u.endLineno,
                u.endColOffset + 1, null);
    }

    // ---- emitting ------------------------------------------------------------------------------

    Block newBlock() {
        return u.newBlock();
    }

    void useNextBlock(Block b) {
        u.curblock.next = b;
        u.curblock = b;
        u.needNewImplicitBlock = false;
    }

    private Instr add(int op, int arg, Block target, int lineno, int endLineno, int col, int endCol) {
        if (u.needNewImplicitBlock) useNextBlock(newBlock());
        Block b = u.curblock;
        Instr i = new Instr(op, arg, target, lineno, endLineno, col, endCol);
        b.instrs.add(i);
        if (op == RETURN_VALUE) b.isReturn = true;
        if (isEndOfBlock(i)) u.needNewImplicitBlock = true;
        return i;
    }

    void addop(int op) {
        add(op, 0, null, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
    }

    void addopNoline(int op) {
        add(op, 0, null, -1, 0, 0, 0);
    }

    void addopI(int op, int arg) {
        add(op, arg, null, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
    }

    void addopINoline(int op, int arg) {
        add(op, arg, null, -1, 0, 0, 0);
    }

    void addopJ(int op, Block target) {
        add(op, 0, target, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
    }

    void addopJNoline(int op, Block target) {
        add(op, 0, target, -1, 0, 0, 0);
    }

    void loadConst(PyObject o) {
        addopI(LOAD_CONST, u.addConst(o));
    }

    void addopName(int op, String name) {
        addopI(op, Unit.addName(u.names, Mangler.mangle(u.privateName, name)));
    }

    void addopN(int op, String name) {
        addopI(op, Unit.addName(u.names, name));
    }

    // ---- frame blocks ----------------------------------------------------------------------------

    void pushFBlock(Unit.FBlockType t, Block b, Block exit, Object datum) {
        if (u.fblocks.size() >= 20) throw error("too many statically nested blocks");
        u.fblocks.add(new Unit.FBlock(t, b, exit, datum));
    }

    void popFBlock() {
        u.fblocks.remove(u.fblocks.size() - 1);
    }

    void callExitWithNones() {
        loadConst(Py.None);
        loadConst(Py.None);
        loadConst(Py.None);
        addopI(PRECALL, 2);
        addopI(CALL, 2);
    }

    void addYieldFrom(boolean await) {
        Block start = newBlock(), resume = newBlock(), exit = newBlock();
        useNextBlock(start);
        addopJ(SEND, exit);
        useNextBlock(resume);
        addop(YIELD_VALUE);
        addopI(RESUME, await ? 3 : 2);
        addopJ(JUMP_NO_INTERRUPT, start);
        useNextBlock(exit);
    }

    void popExceptAndReraise() {
        addopI(COPY, 3);
        addop(POP_EXCEPT);
        addopI(RERAISE, 1);
    }

    @SuppressWarnings("unchecked")
    private void unwindFBlock(Unit.FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> { }
            case FOR_LOOP -> {
                if (preserveTos) addopI(SWAP, 2);
                addop(POP_TOP);
            }
            case TRY_EXCEPT -> addop(POP_BLOCK);
            case FINALLY_TRY -> {
                addop(POP_BLOCK);
                if (preserveTos) pushFBlock(Unit.FBlockType.POP_VALUE, null, null, null);
                for (StmtTy s : (List<StmtTy>) info.datum()) stmt(s);
                if (preserveTos) popFBlock();
                unsetLoc();
            }
            case FINALLY_END -> {
                if (preserveTos) addopI(SWAP, 2);
                addop(POP_TOP);
                if (preserveTos) addopI(SWAP, 2);
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                setLoc((StmtTy) info.datum());
                addop(POP_BLOCK);
                if (preserveTos) addopI(SWAP, 2);
                callExitWithNones();
                if (info.type() == Unit.FBlockType.ASYNC_WITH) {
                    addopI(GET_AWAITABLE, 2);
                    loadConst(Py.None);
                    addYieldFrom(true);
                }
                addop(POP_TOP);
                unsetLoc();
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) addop(POP_BLOCK);
                if (preserveTos) addopI(SWAP, 2);
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                if (info.datum() != null) {
                    loadConst(Py.None);
                    nameop((String) info.datum(), ExprContextTy.Store);
                    nameop((String) info.datum(), ExprContextTy.Del);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) addopI(SWAP, 2);
                addop(POP_TOP);
            }
        }
    }

    /** Unwinds the frame blocks; with loop non-null, stops at the innermost loop and returns it. */
    private Unit.FBlock unwindFBlockStack(boolean preserveTos, boolean toLoop) {
        if (u.fblocks.isEmpty()) return null;
        Unit.FBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (top.type() == Unit.FBlockType.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (toLoop && (top.type() == Unit.FBlockType.WHILE_LOOP || top.type() == Unit.FBlockType.FOR_LOOP)) {
            return top;
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        unwindFBlock(top, preserveTos);
        Unit.FBlock loop = unwindFBlockStack(preserveTos, toLoop);
        u.fblocks.add(top);
        return loop;
    }

    // ---- names -----------------------------------------------------------------------------------

    void forbiddenName(String name, ExprContextTy ctx) {
        if (name.equals("__debug__")) {
            if (ctx == ExprContextTy.Store) throw error("cannot assign to __debug__");
            if (ctx == ExprContextTy.Del) throw error("cannot delete __debug__");
        }
    }

    void nameop(String name, ExprContextTy ctx) {
        forbiddenName(name, ctx);
        String mangled = Mangler.mangle(u.privateName, name);
        int scope = u.ste.scopeOf(mangled);
        boolean function = u.ste.type == Scope.Type.FUNCTION;
        Map<String, Integer> dict = u.names;
        char kind = 'N';
        switch (scope) {
            case Scope.FREE -> { dict = u.freevars; kind = 'D'; }
            case Scope.CELL -> { dict = u.cellvars; kind = 'D'; }
            case Scope.LOCAL -> { if (function) kind = 'F'; }
            case Scope.GLOBAL_IMPLICIT -> { if (function) kind = 'G'; }
            case Scope.GLOBAL_EXPLICIT -> kind = 'G';
            default -> { }
        }
        int op = switch (kind) {
            case 'D' -> ctx == ExprContextTy.Load ? (u.ste.type == Scope.Type.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF)
                    : ctx == ExprContextTy.Store ? STORE_DEREF : DELETE_DEREF;
            case 'F' -> ctx == ExprContextTy.Load ? LOAD_FAST : ctx == ExprContextTy.Store ? STORE_FAST : DELETE_FAST;
            case 'G' -> ctx == ExprContextTy.Load ? LOAD_GLOBAL : ctx == ExprContextTy.Store ? STORE_GLOBAL : DELETE_GLOBAL;
            default -> ctx == ExprContextTy.Load ? LOAD_NAME : ctx == ExprContextTy.Store ? STORE_NAME : DELETE_NAME;
        };
        if (kind == 'F') dict = u.varnames;
        int arg = Unit.addName(dict, mangled);
        if (op == LOAD_GLOBAL) arg <<= 1;
        addopI(op, arg);
    }

    // ---- functions and classes -----------------------------------------------------------------

    private int refType(String name) {
        if (u.scopeType == Unit.SCOPE_CLASS && name.equals("__class__")) return Scope.CELL;
        return u.ste.scopeOf(name);
    }

    void makeClosure(PyCode co, int funcFlags) {
        String[] free = co.getFreevars();
        if (free.length > 0) {
            for (String name : free) {
                Integer arg = refType(name) == Scope.CELL ? u.cellvars.get(name) : u.freevars.get(name);
                if (arg == null) throw new IllegalStateException("compiler_lookup_arg(name='" + name + "') failed in " + u.name);
                addopI(LOAD_CLOSURE, arg);
            }
            funcFlags |= 0x08;
            addopI(BUILD_TUPLE, free.length);
        }
        loadConst(co);
        addopI(MAKE_FUNCTION, funcFlags);
    }

    private void applyDecorators(List<ExprTy> decos) {
        int[] old = saveLoc();
        for (int i = decos.size() - 1; i >= 0; i--) {
            setLoc(decos.get(i));
            addopI(PRECALL, 0);
            addopI(CALL, 0);
        }
        restoreLoc(old);
    }

    /** Pushes defaults and keyword-only defaults; returns the MAKE_FUNCTION flags for them. */
    int defaultArguments(Arguments args) {
        int funcFlags = 0;
        if (!args.defaults.isEmpty()) {
            for (ExprTy e : args.defaults) expr(e);
            addopI(BUILD_TUPLE, args.defaults.size());
            funcFlags |= 0x01;
        }
        List<PyObject> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs.size(); i++) {
            ExprTy d = args.kw_defaults.get(i);
            if (d != null) {
                keys.add(PyStr.of(Mangler.mangle(u.privateName, args.kwonlyargs.get(i).arg)));
                expr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(tuple(keys));
            addopI(BUILD_CONST_KEY_MAP, keys.size());
            funcFlags |= 0x02;
        }
        return funcFlags;
    }

    static PyTuple tuple(List<PyObject> items) {
        return PyTuple.of(items.toArray(new PyObject[0]));
    }

    private int argAnnotation(String id, ExprTy annotation) {
        if (annotation == null) return 0;
        loadConst(PyStr.of(Mangler.mangle(u.privateName, id)));
        if ((flags & Compiler.CO_FUTURE_ANNOTATIONS) != 0) {
            loadConst(PyStr.of(Unparser.unparse(annotation)));
        } else if (annotation instanceof Starred s) {
            expr(s.value);
            addopI(UNPACK_SEQUENCE, 1);
        } else {
            expr(annotation);
        }
        return 2;
    }

    private int annotations(Arguments args, ExprTy returns) {
        int n = 0;
        for (Arg a : args.args) n += argAnnotation(a.arg, a.annotation);
        for (Arg a : args.posonlyargs) n += argAnnotation(a.arg, a.annotation);
        if (args.vararg != null) n += argAnnotation(args.vararg.arg, args.vararg.annotation);
        for (Arg a : args.kwonlyargs) n += argAnnotation(a.arg, a.annotation);
        if (args.kwarg != null) n += argAnnotation(args.kwarg.arg, args.kwarg.annotation);
        n += argAnnotation("return", returns);
        if (n > 0) {
            addopI(BUILD_TUPLE, n);
            return 0x04;
        }
        return 0;
    }

    void checkDebugArgs(Arguments args) {
        for (Arg a : args.posonlyargs) forbiddenName(a.arg, ExprContextTy.Store);
        for (Arg a : args.args) forbiddenName(a.arg, ExprContextTy.Store);
        if (args.vararg != null) forbiddenName(args.vararg.arg, ExprContextTy.Store);
        for (Arg a : args.kwonlyargs) forbiddenName(a.arg, ExprContextTy.Store);
        if (args.kwarg != null) forbiddenName(args.kwarg.arg, ExprContextTy.Store);
    }

    private void function(StmtTy s, String name, Arguments args, List<StmtTy> body, List<ExprTy> decos,
                          ExprTy returns, boolean async) {
        checkDebugArgs(args);
        for (ExprTy d : decos) expr(d);
        int firstlineno = decos.isEmpty() ? s.lineno() : decos.get(0).lineno();
        int funcFlags = defaultArguments(args);
        funcFlags |= annotations(args, returns);
        enterScope(name, async ? Unit.SCOPE_ASYNC_FUNCTION : Unit.SCOPE_FUNCTION, s, firstlineno);
        PyStr doc = optimize < 2 ? docstring(body) : null;
        u.addConst(doc != null ? doc : Py.None);
        u.argcount = args.args.size();
        u.posonlyargcount = args.posonlyargs.size();
        u.kwonlyargcount = args.kwonlyargs.size();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) stmt(body.get(i));
        PyCode co = assemble(true);
        exitScope();
        makeClosure(co, funcFlags);
        applyDecorators(decos);
        nameop(name, ExprContextTy.Store);
    }

    private void classDef(ClassDef s) {
        for (ExprTy d : s.decorator_list) expr(d);
        int firstlineno = s.decorator_list.isEmpty() ? s.lineno : s.decorator_list.get(0).lineno();
        enterScope(s.name, Unit.SCOPE_CLASS, s, firstlineno);
        u.privateName = s.name;
        nameop("__name__", ExprContextTy.Load);
        nameop("__module__", ExprContextTy.Store);
        loadConst(PyStr.of(u.qualname));
        nameop("__qualname__", ExprContextTy.Store);
        body(s.body);
        unsetLoc();
        if (u.ste.needsClassClosure) {
            addopI(LOAD_CLOSURE, u.cellvars.get("__class__"));
            addopI(COPY, 1);
            nameop("__classcell__", ExprContextTy.Store);
        } else {
            loadConst(Py.None);
        }
        addop(RETURN_VALUE);
        PyCode co = assemble(true);
        exitScope();
        addop(PUSH_NULL);
        addop(LOAD_BUILD_CLASS);
        makeClosure(co, 0);
        loadConst(PyStr.of(s.name));
        exprs.callHelper(2, s.bases, s.keywords);
        applyDecorators(s.decorator_list);
        nameop(s.name, ExprContextTy.Store);
    }

    // ---- statements ------------------------------------------------------------------------------

    void expr(ExprTy e) {
        exprs.visit(e);
    }

    void stmts(List<StmtTy> body) {
        for (StmtTy s : body) stmt(s);
    }

    void stmt(StmtTy s) {
        setLoc(s);
        switch (s) {
            case FunctionDef f -> function(f, f.name, f.args, f.body, f.decorator_list, f.returns, false);
            case AsyncFunctionDef f -> function(f, f.name, f.args, f.body, f.decorator_list, f.returns, true);
            case ClassDef c -> classDef(c);
            case Return r -> returnStmt(r);
            case Delete d -> { for (ExprTy t : d.targets) expr(t); }
            case Assign a -> {
                expr(a.value);
                for (int i = 0; i < a.targets.size(); i++) {
                    if (i < a.targets.size() - 1) addopI(COPY, 1);
                    expr(a.targets.get(i));
                }
            }
            case AugAssign a -> exprs.augAssign(a);
            case AnnAssign a -> exprs.annAssign(a);
            case For f -> forStmt(f);
            case AsyncFor f -> Statements.asyncFor(this, f);
            case While w -> whileStmt(w);
            case If i -> ifStmt(i);
            case Match m -> patterns.match(m);
            case Raise r -> {
                int n = 0;
                if (r.exc != null) {
                    expr(r.exc);
                    n++;
                    if (r.cause != null) {
                        expr(r.cause);
                        n++;
                    }
                }
                addopI(RAISE_VARARGS, n);
            }
            case Try t -> {
                if (!t.finalbody.isEmpty()) Statements.tryFinally(this, t.body, t.handlers, t.orelse, t.finalbody, false);
                else Statements.tryExcept(this, t.body, t.handlers, t.orelse);
            }
            case TryStar t -> {
                if (!t.finalbody.isEmpty()) Statements.tryFinally(this, t.body, t.handlers, t.orelse, t.finalbody, true);
                else Statements.tryStarExcept(this, t.body, t.handlers, t.orelse);
            }
            case Assert a -> assertStmt(a);
            case Import i -> Statements.importStmt(this, i);
            case ImportFrom i -> Statements.importFrom(this, i);
            case Global g -> { }
            case Nonlocal n -> { }
            case Expr e -> exprStmt(e.value);
            case Pass p -> addop(NOP);
            case Break b -> breakStmt();
            case Continue c -> continueStmt();
            case With w -> Statements.with(this, w, 0);
            case AsyncWith w -> Statements.asyncWith(this, w, 0);
        }
    }

    private void exprStmt(ExprTy value) {
        if (interactive && nestlevel <= 1) {
            expr(value);
            addop(PRINT_EXPR);
            return;
        }
        if (value instanceof Constant) {
            addop(NOP);
            return;
        }
        expr(value);
        unsetLoc();
        addop(POP_TOP);
    }

    private void returnStmt(Return s) {
        boolean preserveTos = s.value != null && !(s.value instanceof Constant);
        if (u.ste.type != Scope.Type.FUNCTION) throw error("'return' outside function");
        if (s.value != null && u.ste.coroutine && u.ste.generator) throw error("'return' with value in async generator");
        if (preserveTos) {
            expr(s.value);
        } else if (s.value != null) {
            setLoc(s.value);
            addop(NOP);
        }
        if (s.value == null || s.value.lineno() != s.lineno) {
            setLoc(s);
            addop(NOP);
        }
        unwindFBlockStack(preserveTos, false);
        if (s.value == null) loadConst(Py.None);
        else if (!preserveTos) loadConst(((Constant) s.value).value);
        addop(RETURN_VALUE);
    }

    private void breakStmt() {
        int[] loc = saveLoc();
        addop(NOP);
        Unit.FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            restoreLoc(loc);
            throw error("'break' outside loop");
        }
        unwindFBlock(loop, false);
        addopJ(JUMP, loop.exit());
    }

    private void continueStmt() {
        int[] loc = saveLoc();
        addop(NOP);
        Unit.FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            restoreLoc(loc);
            throw error("'continue' not properly in loop");
        }
        addopJ(JUMP, loop.block());
    }

    private void ifStmt(If s) {
        Block end = newBlock();
        Block next = s.orelse.isEmpty() ? end : newBlock();
        exprs.jumpIf(s.test, next, false);
        stmts(s.body);
        if (!s.orelse.isEmpty()) {
            addopJNoline(JUMP, end);
            useNextBlock(next);
            stmts(s.orelse);
        }
        useNextBlock(end);
    }

    private void forStmt(For s) {
        Block start = newBlock(), body = newBlock(), cleanup = newBlock(), end = newBlock();
        pushFBlock(Unit.FBlockType.FOR_LOOP, start, end, null);
        expr(s.iter);
        addop(GET_ITER);
        useNextBlock(start);
        addopJ(FOR_ITER, cleanup);
        useNextBlock(body);
        expr(s.target);
        stmts(s.body);
        unsetLoc();
        addopJ(JUMP, start);
        useNextBlock(cleanup);
        popFBlock();
        stmts(s.orelse);
        useNextBlock(end);
    }

    private void whileStmt(While s) {
        Block loop = newBlock(), body = newBlock(), anchor = newBlock(), end = newBlock();
        useNextBlock(loop);
        pushFBlock(Unit.FBlockType.WHILE_LOOP, loop, end, null);
        exprs.jumpIf(s.test, anchor, false);
        useNextBlock(body);
        stmts(s.body);
        setLoc(s);
        exprs.jumpIf(s.test, body, true);
        popFBlock();
        useNextBlock(anchor);
        stmts(s.orelse);
        useNextBlock(end);
    }

    private void assertStmt(Assert s) {
        warn.checkAssert(s);
        if (optimize > 0) return;
        Block end = newBlock();
        exprs.jumpIf(s.test, end, true);
        addop(LOAD_ASSERTION_ERROR);
        if (s.msg != null) {
            expr(s.msg);
            addopI(PRECALL, 0);
            addopI(CALL, 0);
        }
        addopI(RAISE_VARARGS, 1);
        useNextBlock(end);
    }

    static PyInt zero() {
        return PyInt.of(0);
    }
}
