package org.sanca.compiler;

import static org.sanca.bytecode.Opcode.*;
import static org.sanca.compiler.FlowGraph.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.objects.Py;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * Code generation for expressions: operators, calls, containers, comprehensions, lambdas,
 * f-strings, conditional jumps, and the assignment forms built from them.
 * CPython: Python/compile.c (compiler_visit_expr1, compiler_call_helper, compiler_jump_if, ...).
 */
final class ExprGen {
    static final int STACK_USE_GUIDELINE = 30;
    private final CodeGen c;

    ExprGen(CodeGen c) {
        this.c = c;
    }

    void visit(ExprTy e) {
        int[] old = c.saveLoc();
        c.setLoc(e);
        visit1(e);
        c.restoreLoc(old);
    }

    private void visitAll(List<ExprTy> es) {
        for (ExprTy e : es) visit(e);
    }

    private void visit1(ExprTy e) {
        switch (e) {
            case NamedExpr n -> {
                visit(n.value);
                c.addopI(COPY, 1);
                visit(n.target);
            }
            case BoolOp b -> boolOp(b);
            case BinOp b -> {
                visit(b.left);
                visit(b.right);
                c.addopI(BINARY_OP, binop(b.op, false));
            }
            case UnaryOp u -> {
                visit(u.operand);
                c.addop(switch (u.op) {
                    case Invert -> UNARY_INVERT;
                    case Not -> UNARY_NOT;
                    case UAdd -> UNARY_POSITIVE;
                    case USub -> UNARY_NEGATIVE;
                });
            }
            case Lambda l -> lambda(l);
            case IfExp i -> {
                Block end = c.newBlock(), next = c.newBlock();
                jumpIf(i.test, next, false);
                visit(i.body);
                c.addopJNoline(JUMP, end);
                c.useNextBlock(next);
                visit(i.orelse);
                c.useNextBlock(end);
            }
            case Dict d -> dict(d);
            case org.sanca.ast.Set s -> starUnpack(s.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case GeneratorExp g -> comprehension(g, Comprehensions.GENEXP, "<genexpr>", g.generators, g.elt, null);
            case ListComp g -> comprehension(g, Comprehensions.LISTCOMP, "<listcomp>", g.generators, g.elt, null);
            case SetComp g -> comprehension(g, Comprehensions.SETCOMP, "<setcomp>", g.generators, g.elt, null);
            case DictComp g -> comprehension(g, Comprehensions.DICTCOMP, "<dictcomp>", g.generators, g.key, g.value);
            case Yield y -> {
                if (c.u.ste.type != Scope.Type.FUNCTION) throw c.error("'yield' outside function");
                if (y.value != null) visit(y.value);
                else c.loadConst(Py.None);
                addYield();
            }
            case YieldFrom y -> {
                if (c.u.ste.type != Scope.Type.FUNCTION) throw c.error("'yield' outside function");
                if (c.u.scopeType == Unit.SCOPE_ASYNC_FUNCTION) throw c.error("'yield from' inside async function");
                visit(y.value);
                c.addop(GET_YIELD_FROM_ITER);
                c.loadConst(Py.None);
                c.addYieldFrom(false);
            }
            case Await a -> await(a);
            case Compare cmp -> compare(cmp);
            case Call call -> call(call);
            case Constant k -> c.loadConst(k.value);
            case JoinedStr j -> joinedStr(j);
            case FormattedValue f -> formattedValue(f);
            case Attribute a -> attribute(a);
            case Subscript s -> {
                if (s.ctx == ExprContextTy.Load) {
                    c.warn.checkSubscripter(s.value);
                    c.warn.checkIndex(s.value, s.slice);
                }
                visit(s.value);
                visit(s.slice);
                c.addop(s.ctx == ExprContextTy.Load ? BINARY_SUBSCR : s.ctx == ExprContextTy.Store ? STORE_SUBSCR : DELETE_SUBSCR);
            }
            case Starred s -> throw c.error(s.ctx == ExprContextTy.Store
                    ? "starred assignment target must be in a list or tuple" : "can't use starred expression here");
            case Slice s -> slice(s);
            case Name n -> c.nameop(n.id, n.ctx);
            case org.sanca.ast.List l -> sequence(l.elts, l.ctx, false);
            case Tuple t -> sequence(t.elts, t.ctx, true);
        }
    }

    private void await(Await a) {
        boolean topLevel = (c.flags & Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0 && c.u.ste.type == Scope.Type.MODULE;
        if (!topLevel) {
            if (c.u.ste.type != Scope.Type.FUNCTION) throw c.error("'await' outside function");
            if (c.u.scopeType != Unit.SCOPE_ASYNC_FUNCTION && c.u.scopeType != Unit.SCOPE_COMPREHENSION) {
                throw c.error("'await' outside async function");
            }
        }
        visit(a.value);
        c.addopI(GET_AWAITABLE, 0);
        c.loadConst(Py.None);
        c.addYieldFrom(true);
    }

    void addYield() {
        if (c.u.ste.generator && c.u.ste.coroutine) c.addop(ASYNC_GEN_WRAP);
        c.addop(YIELD_VALUE);
        c.addopI(RESUME, 1);
    }

    static int binop(OperatorTy op, boolean inplace) {
        int base = switch (op) {
            case Add -> NB_ADD;
            case Sub -> NB_SUBTRACT;
            case Mult -> NB_MULTIPLY;
            case MatMult -> NB_MATRIX_MULTIPLY;
            case Div -> NB_TRUE_DIVIDE;
            case Mod -> NB_REMAINDER;
            case Pow -> NB_POWER;
            case LShift -> NB_LSHIFT;
            case RShift -> NB_RSHIFT;
            case BitOr -> NB_OR;
            case BitXor -> NB_XOR;
            case BitAnd -> NB_AND;
            case FloorDiv -> NB_FLOOR_DIVIDE;
        };
        return inplace ? base + NB_INPLACE_ADD : base;
    }

    private void attribute(Attribute a) {
        visit(a.value);
        updateStartLocationToMatchAttr(a);
        switch (a.ctx) {
            case Load -> c.addopName(LOAD_ATTR, a.attr);
            case Store -> {
                c.forbiddenName(a.attr, a.ctx);
                c.addopName(STORE_ATTR, a.attr);
            }
            case Del -> c.addopName(DELETE_ATTR, a.attr);
        }
    }

    /** When an attribute access spans lines, locate it at the attribute name. */
    void updateStartLocationToMatchAttr(Attribute attr) {
        Unit u = c.u;
        if (u.lineno != attr.end_lineno) {
            u.lineno = attr.end_lineno;
            int len = attr.attr.codePointCount(0, attr.attr.length());
            if (len <= attr.end_col_offset) {
                u.colOffset = attr.end_col_offset - len;
            } else {
                u.colOffset = -1;
                u.endColOffset = -1;
            }
            u.endLineno = Math.max(u.lineno, u.endLineno);
            if (u.lineno == u.endLineno) u.endColOffset = Math.max(u.colOffset, u.endColOffset);
        }
    }

    private void slice(Slice s) {
        int n = 2;
        if (s.lower != null) visit(s.lower);
        else c.loadConst(Py.None);
        if (s.upper != null) visit(s.upper);
        else c.loadConst(Py.None);
        if (s.step != null) {
            n++;
            visit(s.step);
        }
        c.addopI(BUILD_SLICE, n);
    }

    // ---- boolean operators and conditional jumps -------------------------------------------------

    private void boolOp(BoolOp b) {
        int jumpi = b.op == BoolopTy.And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        Block end = c.newBlock();
        int n = b.values.size() - 1;
        for (int i = 0; i < n; i++) {
            visit(b.values.get(i));
            c.addopJ(jumpi, end);
            c.useNextBlock(c.newBlock());
        }
        visit(b.values.get(n));
        c.useNextBlock(end);
    }

    void jumpIf(ExprTy e, Block next, boolean cond) {
        switch (e) {
            case UnaryOp u when u.op == UnaryopTy.Not -> {
                jumpIf(u.operand, next, !cond);
                return;
            }
            case BoolOp b -> {
                int n = b.values.size() - 1;
                boolean cond2 = b.op == BoolopTy.Or;
                Block next2 = cond2 != cond ? c.newBlock() : next;
                for (int i = 0; i < n; i++) jumpIf(b.values.get(i), next2, cond2);
                jumpIf(b.values.get(n), next, cond);
                if (next2 != next) c.useNextBlock(next2);
                return;
            }
            case IfExp i -> {
                Block end = c.newBlock(), next2 = c.newBlock();
                jumpIf(i.test, next2, false);
                jumpIf(i.body, next, cond);
                c.addopJNoline(JUMP, end);
                c.useNextBlock(next2);
                jumpIf(i.orelse, next, cond);
                c.useNextBlock(end);
                return;
            }
            case Compare cmp when cmp.ops.size() > 1 -> {
                c.setLoc(e);
                c.warn.checkCompare(cmp);
                int n = cmp.ops.size() - 1;
                Block cleanup = c.newBlock();
                visit(cmp.left);
                for (int i = 0; i < n; i++) {
                    visit(cmp.comparators.get(i));
                    c.addopI(SWAP, 2);
                    c.addopI(COPY, 2);
                    addCompare(cmp.ops.get(i));
                    c.addopJ(POP_JUMP_IF_FALSE, cleanup);
                }
                visit(cmp.comparators.get(n));
                addCompare(cmp.ops.get(n));
                c.addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
                Block end = c.newBlock();
                c.addopJNoline(JUMP, end);
                c.useNextBlock(cleanup);
                c.addop(POP_TOP);
                if (!cond) c.addopJNoline(JUMP, next);
                c.useNextBlock(end);
                return;
            }
            case Compare cmp -> c.setLoc(e);
            default -> { }
        }
        visit(e);
        c.addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
    }

    void addCompare(CmpopTy op) {
        switch (op) {
            case Eq -> c.addopI(COMPARE_OP, 2);
            case NotEq -> c.addopI(COMPARE_OP, 3);
            case Lt -> c.addopI(COMPARE_OP, 0);
            case LtE -> c.addopI(COMPARE_OP, 1);
            case Gt -> c.addopI(COMPARE_OP, 4);
            case GtE -> c.addopI(COMPARE_OP, 5);
            case Is -> c.addopI(IS_OP, 0);
            case IsNot -> c.addopI(IS_OP, 1);
            case In -> c.addopI(CONTAINS_OP, 0);
            case NotIn -> c.addopI(CONTAINS_OP, 1);
        }
    }

    private void compare(Compare e) {
        c.warn.checkCompare(e);
        visit(e.left);
        int n = e.ops.size() - 1;
        if (n == 0) {
            visit(e.comparators.get(0));
            addCompare(e.ops.get(0));
            return;
        }
        Block cleanup = c.newBlock();
        for (int i = 0; i < n; i++) {
            visit(e.comparators.get(i));
            c.addopI(SWAP, 2);
            c.addopI(COPY, 2);
            addCompare(e.ops.get(i));
            c.addopJ(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visit(e.comparators.get(n));
        addCompare(e.ops.get(n));
        Block end = c.newBlock();
        c.addopJNoline(JUMP, end);
        c.useNextBlock(cleanup);
        c.addopI(SWAP, 2);
        c.addop(POP_TOP);
        c.useNextBlock(end);
    }

    // ---- containers ---------------------------------------------------------------------------

    private static boolean allConst(List<ExprTy> es, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!(es.get(i) instanceof Constant)) return false;
        }
        return true;
    }

    private void sequence(List<ExprTy> elts, ExprContextTy ctx, boolean tuple) {
        if (ctx == ExprContextTy.Store) {
            assignmentHelper(elts);
        } else if (ctx == ExprContextTy.Load) {
            starUnpack(elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, tuple);
        } else {
            visitAll(elts);
        }
    }

    void starUnpack(List<ExprTy> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConst(elts, 0, n)) {
            List<PyObject> items = new ArrayList<>();
            for (ExprTy e : elts) items.add(((Constant) e).value);
            if (tuple && pushed == 0) {
                c.loadConst(CodeGen.tuple(items));
            } else {
                PyObject folded = add == SET_ADD ? FrozenSets.make(items) : CodeGen.tuple(items);
                c.addopI(build, pushed);
                c.loadConst(folded);
                c.addopI(extend, 1);
                if (tuple) c.addop(LIST_TO_TUPLE);
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (ExprTy e : elts) seenStar |= e instanceof Starred;
        if (!seenStar && !big) {
            visitAll(elts);
            c.addopI(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            c.addopI(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            ExprTy e = elts.get(i);
            if (e instanceof Starred s) {
                if (!built) {
                    c.addopI(build, i + pushed);
                    built = true;
                }
                visit(s.value);
                c.addopI(extend, 1);
            } else {
                visit(e);
                if (built) c.addopI(add, 1);
            }
        }
        if (tuple) c.addop(LIST_TO_TUPLE);
    }

    private void unpackHelper(List<ExprTy> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Starred) {
                if (seenStar) throw c.error("multiple starred expressions in assignment");
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error("too many expressions in star-unpacking assignment");
                }
                c.addopI(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) c.addopI(UNPACK_SEQUENCE, n);
    }

    private void assignmentHelper(List<ExprTy> elts) {
        unpackHelper(elts);
        for (ExprTy e : elts) visit(e instanceof Starred s ? s.value : e);
    }

    private void subdict(Dict d, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConst(d.keys, begin, end)) {
            for (int i = begin; i < end; i++) visit(d.values.get(i));
            List<PyObject> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) keys.add(((Constant) d.keys.get(i)).value);
            c.loadConst(CodeGen.tuple(keys));
            c.addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) c.addopI(BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            visit(d.keys.get(i));
            visit(d.values.get(i));
            if (big) c.addopI(MAP_ADD, 1);
        }
        if (!big) c.addopI(BUILD_MAP, n);
    }

    private void dict(Dict d) {
        int n = d.values.size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys.get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) c.addopI(DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    c.addopI(BUILD_MAP, 0);
                    haveDict = true;
                }
                visit(d.values.get(i));
                c.addopI(DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1);
                if (haveDict) c.addopI(DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) c.addopI(DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) c.addopI(BUILD_MAP, 0);
    }

    // ---- calls --------------------------------------------------------------------------------

    private void validateKeywords(List<Keyword> kws) {
        for (int i = 0; i < kws.size(); i++) {
            Keyword k = kws.get(i);
            if (k.arg == null) continue;
            c.forbiddenName(k.arg, ExprContextTy.Store);
            for (int j = i + 1; j < kws.size(); j++) {
                Keyword o = kws.get(j);
                if (k.arg.equals(o.arg)) {
                    c.setLoc(o);
                    throw c.error("keyword argument repeated: " + k.arg);
                }
            }
        }
    }

    private void call(Call e) {
        validateKeywords(e.keywords);
        if (maybeMethodCall(e)) return;
        c.warn.checkCaller(e.func);
        c.setLoc(e.func);
        c.addop(PUSH_NULL);
        c.setLoc(e);
        visit(e.func);
        callHelper(0, e.args, e.keywords);
    }

    private boolean maybeMethodCall(Call e) {
        if (!(e.func instanceof Attribute meth) || meth.ctx != ExprContextTy.Load) return false;
        if (meth.value instanceof Name n && (c.st.top.flagsOf(n.id) & Scope.DEF_IMPORT) != 0) return false;
        int argsl = e.args.size(), kwdsl = e.keywords.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        for (ExprTy a : e.args) {
            if (a instanceof Starred) return false;
        }
        for (Keyword k : e.keywords) {
            if (k.arg == null) return false;
        }
        visit(meth.value);
        c.setLoc(meth);
        updateStartLocationToMatchAttr(meth);
        c.addopName(LOAD_METHOD, meth.attr);
        visitAll(e.args);
        if (kwdsl > 0) {
            for (Keyword k : e.keywords) visit(k.value);
            kwNames(e.keywords);
        }
        c.setLoc(e);
        updateStartLocationToMatchAttr(meth);
        c.addopI(PRECALL, argsl + kwdsl);
        c.addopI(CALL, argsl + kwdsl);
        return true;
    }

    private void kwNames(List<Keyword> kws) {
        List<PyObject> names = new ArrayList<>();
        for (Keyword k : kws) names.add(PyStr.of(k.arg));
        c.addopI(KW_NAMES, c.u.addConst(CodeGen.tuple(names)));
    }

    void callHelper(int n, List<ExprTy> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size(), nkw = keywords.size();
        boolean ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
        for (ExprTy a : args) ex |= a instanceof Starred;
        for (Keyword k : keywords) ex |= k.arg == null;
        if (!ex) {
            visitAll(args);
            if (nkw > 0) {
                for (Keyword k : keywords) visit(k.value);
                kwNames(keywords);
            }
            c.addopI(PRECALL, n + nelts + nkw);
            c.addopI(CALL, n + nelts + nkw);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Starred s) {
            visit(s.value);
        } else {
            starUnpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkw > 0) kwargs(keywords);
        c.addopI(CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
    }

    private void kwargs(List<Keyword> keywords) {
        int nkw = keywords.size();
        boolean haveDict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            Keyword kw = keywords.get(i);
            if (kw.arg == null) {
                if (nseen > 0) {
                    subkwargs(keywords, i - nseen, i);
                    if (haveDict) c.addopI(DICT_MERGE, 1);
                    haveDict = true;
                    nseen = 0;
                }
                if (!haveDict) {
                    c.addopI(BUILD_MAP, 0);
                    haveDict = true;
                }
                visit(kw.value);
                c.addopI(DICT_MERGE, 1);
            } else {
                nseen++;
            }
        }
        if (nseen > 0) {
            subkwargs(keywords, nkw - nseen, nkw);
            if (haveDict) c.addopI(DICT_MERGE, 1);
        }
    }

    private void subkwargs(List<Keyword> kws, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) visit(kws.get(i).value);
            List<PyObject> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) keys.add(PyStr.of(kws.get(i).arg));
            c.loadConst(CodeGen.tuple(keys));
            c.addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) c.addopINoline(BUILD_MAP, 0);
        for (int i = begin; i < end; i++) {
            c.loadConst(PyStr.of(kws.get(i).arg));
            visit(kws.get(i).value);
            if (big) c.addopINoline(MAP_ADD, 1);
        }
        if (!big) c.addopI(BUILD_MAP, n);
    }

    // ---- f-strings --------------------------------------------------------------------------

    private void joinedStr(JoinedStr j) {
        int n = j.values.size();
        if (n > STACK_USE_GUIDELINE) {
            c.loadConst(PyStr.of(""));
            c.addopName(LOAD_METHOD, "join");
            c.addopI(BUILD_LIST, 0);
            for (ExprTy v : j.values) {
                visit(v);
                c.addopI(LIST_APPEND, 1);
            }
            c.addopI(PRECALL, 1);
            c.addopI(CALL, 1);
        } else {
            visitAll(j.values);
            if (n != 1) c.addopI(BUILD_STRING, n);
        }
    }

    private void formattedValue(FormattedValue f) {
        visit(f.value);
        int oparg = switch (f.conversion) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            case -1 -> 0;
            default -> throw AstValidator.unrecognizedConversion(f.conversion);
        };
        if (f.format_spec != null) {
            visit(f.format_spec);
            oparg |= 4;
        }
        c.addopI(FORMAT_VALUE, oparg);
    }

    // ---- lambda and comprehensions ------------------------------------------------------------------

    private void lambda(Lambda l) {
        c.checkDebugArgs(l.args);
        int funcFlags = c.defaultArguments(l.args);
        c.enterScope("<lambda>", Unit.SCOPE_LAMBDA, l, l.lineno);
        c.u.addConst(Py.None);
        c.u.argcount = l.args.args.size();
        c.u.posonlyargcount = l.args.posonlyargs.size();
        c.u.kwonlyargcount = l.args.kwonlyargs.size();
        visit(l.body);
        PyCode co;
        if (c.u.ste.generator) {
            co = c.assemble(false);
        } else {
            c.addop(RETURN_VALUE);
            co = c.assemble(true);
        }
        c.exitScope();
        c.makeClosure(co, funcFlags);
    }

    private void comprehension(ExprTy e, int type, String name, List<Comprehension> gens, ExprTy elt, ExprTy val) {
        new Comprehensions(c, this).compile(e, type, name, gens, elt, val);
    }

    // ---- augmented and annotated assignment ---------------------------------------------------------

    void augAssign(AugAssign s) {
        ExprTy e = s.target;
        int[] old = c.saveLoc();
        c.setLoc(e);
        switch (e) {
            case Attribute a -> {
                visit(a.value);
                c.addopI(COPY, 1);
                updateStartLocationToMatchAttr(a);
                c.addopName(LOAD_ATTR, a.attr);
            }
            case Subscript sub -> {
                visit(sub.value);
                visit(sub.slice);
                c.addopI(COPY, 2);
                c.addopI(COPY, 2);
                c.addop(BINARY_SUBSCR);
            }
            case Name n -> c.nameop(n.id, ExprContextTy.Load);
            default -> throw AstValidator.invalidNodeType(s.target, "augmented assignment");
        }
        c.restoreLoc(old);
        visit(s.value);
        c.addopI(BINARY_OP, binop(s.op, true));
        c.setLoc(e);
        switch (e) {
            case Attribute a -> {
                updateStartLocationToMatchAttr(a);
                c.addopI(SWAP, 2);
                c.addopName(STORE_ATTR, a.attr);
            }
            case Subscript sub -> {
                c.addopI(SWAP, 3);
                c.addopI(SWAP, 2);
                c.addop(STORE_SUBSCR);
            }
            default -> c.nameop(((Name) e).id, ExprContextTy.Store);
        }
    }

    private void checkAnnExpr(ExprTy e) {
        visit(e);
        c.addop(POP_TOP);
    }

    private void checkAnnSubscr(ExprTy e) {
        switch (e) {
            case Slice s -> {
                if (s.lower != null) checkAnnExpr(s.lower);
                if (s.upper != null) checkAnnExpr(s.upper);
                if (s.step != null) checkAnnExpr(s.step);
            }
            case Tuple t -> { for (ExprTy x : t.elts) checkAnnSubscr(x); }
            default -> checkAnnExpr(e);
        }
    }

    void annAssign(AnnAssign s) {
        ExprTy targ = s.target;
        boolean future = (c.flags & Compiler.CO_FUTURE_ANNOTATIONS) != 0;
        boolean moduleOrClass = c.u.scopeType == Unit.SCOPE_MODULE || c.u.scopeType == Unit.SCOPE_CLASS;
        if (s.value != null) {
            visit(s.value);
            visit(targ);
        }
        switch (targ) {
            case Name n -> {
                c.forbiddenName(n.id, ExprContextTy.Store);
                if (s.simple != 0 && moduleOrClass) {
                    if (future) c.loadConst(PyStr.of(Unparser.unparse(s.annotation)));
                    else visit(s.annotation);
                    c.addopName(LOAD_NAME, "__annotations__");
                    c.loadConst(PyStr.of(Mangler.mangle(c.u.privateName, n.id)));
                    c.addop(STORE_SUBSCR);
                }
            }
            case Attribute a -> {
                c.forbiddenName(a.attr, ExprContextTy.Store);
                if (s.value == null) checkAnnExpr(a.value);
            }
            case Subscript sub -> {
                if (s.value == null) {
                    checkAnnExpr(sub.value);
                    checkAnnSubscr(sub.slice);
                }
            }
            default -> throw AstValidator.invalidNodeType(s.target, "annotated assignment");
        }
        if (s.simple == 0 && !future && moduleOrClass) checkAnnExpr(s.annotation);
    }
}
