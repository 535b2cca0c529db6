package org.sanca.compiler;

import static org.sanca.bytecode.Opcode.*;
import static org.sanca.compiler.FlowGraph.*;

import java.util.List;
import org.sanca.ast.*;
import org.sanca.objects.Py;
import org.sanca.objects.PyCode;

/**
 * Code generation for list, set and dict comprehensions and generator expressions, each
 * compiled into a nested function called with the outermost iterator.
 * CPython: Python/compile.c (compiler_comprehension, compiler_sync_comprehension_generator, ...).
 */
final class Comprehensions {
    static final int GENEXP = 0, LISTCOMP = 1, SETCOMP = 2, DICTCOMP = 3;
    private final CodeGen c;
    private final ExprGen x;

    Comprehensions(CodeGen c, ExprGen x) {
        this.c = c;
        this.x = x;
    }

    void compile(ExprTy e, int type, String name, List<Comprehension> gens, ExprTy elt, ExprTy val) {
        Comprehension outermost = gens.get(0);
        int scopeType = c.u.scopeType;
        boolean topLevelAwait = (c.flags & Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0 && c.u.ste.type == Scope.Type.MODULE;
        c.enterScope(name, Unit.SCOPE_COMPREHENSION, e, e.lineno());
        c.setLoc(e);
        boolean asyncGen = c.u.ste.coroutine;
        if (asyncGen && type != GENEXP && scopeType != Unit.SCOPE_ASYNC_FUNCTION
                && scopeType != Unit.SCOPE_COMPREHENSION && !topLevelAwait) {
            throw c.error("asynchronous comprehension outside of an asynchronous function");
        }
        if (type != GENEXP) c.addopI(type == LISTCOMP ? BUILD_LIST : type == SETCOMP ? BUILD_SET : BUILD_MAP, 0);
        generator(gens, 0, 0, elt, val, type);
        if (type != GENEXP) c.addop(RETURN_VALUE);
        PyCode co = c.assemble(true);
        c.exitScope();
        if (topLevelAwait && asyncGen) c.u.ste.coroutine = true;
        c.makeClosure(co, 0);
        x.visit(outermost.iter);
        c.addop(outermost.is_async != 0 ? GET_AITER : GET_ITER);
        c.addopI(PRECALL, 0);
        c.addopI(CALL, 0);
        if (asyncGen && type != GENEXP) {
            c.addopI(GET_AWAITABLE, 0);
            c.loadConst(Py.None);
            c.addYieldFrom(true);
        }
    }

    private void generator(List<Comprehension> gens, int index, int depth, ExprTy elt, ExprTy val, int type) {
        if (gens.get(index).is_async != 0) asyncGenerator(gens, index, depth, elt, val, type);
        else syncGenerator(gens, index, depth, elt, val, type);
    }

    private void syncGenerator(List<Comprehension> gens, int index, int depth, ExprTy elt, ExprTy val, int type) {
        Block start = c.newBlock(), ifCleanup = c.newBlock(), anchor = c.newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            c.u.argcount = 1;
            c.addopI(LOAD_FAST, 0);
        } else {
            List<ExprTy> elts = gen.iter instanceof org.sanca.ast.List l ? l.elts
                    : gen.iter instanceof Tuple t ? t.elts : null;
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Starred)) {
                x.visit(elts.get(0));
                start = null;
            }
            if (start != null) {
                x.visit(gen.iter);
                c.addop(GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            c.useNextBlock(start);
            c.addopJ(FOR_ITER, anchor);
        }
        x.visit(gen.target);
        for (ExprTy cond : gen.ifs) x.jumpIf(cond, ifCleanup, false);
        if (++index < gens.size()) generator(gens, index, depth, elt, val, type);
        if (index >= gens.size()) element(depth, elt, val, type);
        c.useNextBlock(ifCleanup);
        if (start != null) {
            c.addopJ(JUMP, start);
            c.useNextBlock(anchor);
        }
    }

    private void element(int depth, ExprTy elt, ExprTy val, int type) {
        switch (type) {
            case GENEXP -> {
                x.visit(elt);
                x.addYield();
                c.addop(POP_TOP);
            }
            case LISTCOMP -> {
                x.visit(elt);
                c.addopI(LIST_APPEND, depth + 1);
            }
            case SETCOMP -> {
                x.visit(elt);
                c.addopI(SET_ADD, depth + 1);
            }
            default -> {
                x.visit(elt);
                x.visit(val);
                c.addopI(MAP_ADD, depth + 1);
            }
        }
    }

    private void asyncGenerator(List<Comprehension> gens, int index, int depth, ExprTy elt, ExprTy val, int type) {
        Block start = c.newBlock(), except = c.newBlock(), ifCleanup = c.newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            c.u.argcount = 1;
            c.addopI(LOAD_FAST, 0);
        } else {
            x.visit(gen.iter);
            c.addop(GET_AITER);
        }
        c.useNextBlock(start);
        c.pushFBlock(Unit.FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        c.addopJ(SETUP_FINALLY, except);
        c.addop(GET_ANEXT);
        c.loadConst(Py.None);
        c.addYieldFrom(true);
        c.addop(POP_BLOCK);
        x.visit(gen.target);
        for (ExprTy cond : gen.ifs) x.jumpIf(cond, ifCleanup, false);
        depth++;
        if (++index < gens.size()) generator(gens, index, depth, elt, val, type);
        if (index >= gens.size()) element(depth, elt, val, type);
        c.useNextBlock(ifCleanup);
        c.addopJ(JUMP, start);
        c.popFBlock();
        c.useNextBlock(except);
        c.addop(END_ASYNC_FOR);
    }
}
