package org.sanca.compiler;

import static org.sanca.bytecode.Opcode.*;
import static org.sanca.compiler.FlowGraph.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.objects.Py;
import org.sanca.objects.PyInt;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * Code generation for the compound statements with exception handling (try/except/finally,
 * except*, with, async for, async with) and for imports.
 * CPython: Python/compile.c (compiler_try_finally, compiler_try_except, compiler_with, compiler_import, ...).
 */
final class Statements {
    private Statements() {}

    private static boolean topLevelAwait(CodeGen c) {
        return (c.flags & Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0 && c.u.ste.type == Scope.Type.MODULE;
    }

    static void tryFinally(CodeGen c, List<StmtTy> bodyStmts, List<ExcepthandlerTy> handlers, List<StmtTy> orelse,
                           List<StmtTy> finalbody, boolean star) {
        Block body = c.newBlock(), end = c.newBlock(), exit = c.newBlock(), cleanup = c.newBlock();
        c.addopJ(SETUP_FINALLY, end);
        c.useNextBlock(body);
        c.pushFBlock(Unit.FBlockType.FINALLY_TRY, body, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) tryStarExcept(c, bodyStmts, handlers, orelse);
            else tryExcept(c, bodyStmts, handlers, orelse);
        } else {
            c.stmts(bodyStmts);
        }
        c.addopNoline(POP_BLOCK);
        c.popFBlock();
        c.stmts(finalbody);
        c.addopJNoline(JUMP, exit);
        c.useNextBlock(end);
        c.unsetLoc();
        c.addopJ(SETUP_CLEANUP, cleanup);
        c.addop(PUSH_EXC_INFO);
        c.pushFBlock(Unit.FBlockType.FINALLY_END, end, null, null);
        c.stmts(finalbody);
        c.popFBlock();
        c.addopI(RERAISE, 0);
        c.useNextBlock(cleanup);
        c.popExceptAndReraise();
        c.useNextBlock(exit);
    }

    static void tryExcept(CodeGen c, List<StmtTy> bodyStmts, List<ExcepthandlerTy> handlers, List<StmtTy> orelse) {
        Block body = c.newBlock(), except = c.newBlock(), end = c.newBlock(), cleanup = c.newBlock();
        c.addopJ(SETUP_FINALLY, except);
        c.useNextBlock(body);
        c.pushFBlock(Unit.FBlockType.TRY_EXCEPT, body, null, null);
        c.stmts(bodyStmts);
        c.popFBlock();
        c.addopNoline(POP_BLOCK);
        c.stmts(orelse);
        c.addopJNoline(JUMP, end);
        int n = handlers.size();
        c.useNextBlock(except);
        c.unsetLoc();
        c.addopJ(SETUP_CLEANUP, cleanup);
        c.addop(PUSH_EXC_INFO);
        c.pushFBlock(Unit.FBlockType.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = (ExceptHandler) handlers.get(i);
            c.setLoc(h);
            if (h.type == null && i < n - 1) throw c.error("default 'except:' must be last");
            except = c.newBlock();
            if (h.type != null) {
                c.expr(h.type);
                c.addop(CHECK_EXC_MATCH);
                c.addopJ(POP_JUMP_IF_FALSE, except);
            }
            if (h.name != null) {
                Block cleanupEnd = c.newBlock(), cleanupBody = c.newBlock();
                c.nameop(h.name, ExprContextTy.Store);
                c.addopJ(SETUP_CLEANUP, cleanupEnd);
                c.useNextBlock(cleanupBody);
                c.pushFBlock(Unit.FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name);
                c.stmts(h.body);
                c.popFBlock();
                c.unsetLoc();
                c.addop(POP_BLOCK);
                c.addop(POP_BLOCK);
                c.addop(POP_EXCEPT);
                clearName(c, h.name);
                c.addopJ(JUMP, end);
                c.useNextBlock(cleanupEnd);
                c.unsetLoc();
                clearName(c, h.name);
                c.addopI(RERAISE, 1);
            } else {
                Block cleanupBody = c.newBlock();
                c.addop(POP_TOP);
                c.useNextBlock(cleanupBody);
                c.pushFBlock(Unit.FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
                c.stmts(h.body);
                c.popFBlock();
                c.unsetLoc();
                c.addop(POP_BLOCK);
                c.addop(POP_EXCEPT);
                c.addopJ(JUMP, end);
            }
            c.useNextBlock(except);
        }
        c.unsetLoc();
        c.popFBlock();
        c.addopI(RERAISE, 0);
        c.useNextBlock(cleanup);
        c.popExceptAndReraise();
        c.useNextBlock(end);
    }

    private static void clearName(CodeGen c, String name) {
        c.loadConst(Py.None);
        c.nameop(name, ExprContextTy.Store);
        c.nameop(name, ExprContextTy.Del);
    }

    static void tryStarExcept(CodeGen c, List<StmtTy> bodyStmts, List<ExcepthandlerTy> handlers, List<StmtTy> orelse) {
        Block body = c.newBlock(), except = c.newBlock(), orelseB = c.newBlock(), end = c.newBlock();
        Block cleanup = c.newBlock(), reraiseStar = c.newBlock();
        c.addopJ(SETUP_FINALLY, except);
        c.useNextBlock(body);
        c.pushFBlock(Unit.FBlockType.TRY_EXCEPT, body, null, null);
        c.stmts(bodyStmts);
        c.popFBlock();
        c.addopNoline(POP_BLOCK);
        c.addopJNoline(JUMP, orelseB);
        int n = handlers.size();
        c.useNextBlock(except);
        c.unsetLoc();
        c.addopJ(SETUP_CLEANUP, cleanup);
        c.addop(PUSH_EXC_INFO);
        c.pushFBlock(Unit.FBlockType.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
        for (int i = 0; i < n; i++) {
            ExceptHandler h = (ExceptHandler) handlers.get(i);
            c.setLoc(h);
            except = c.newBlock();
            Block exceptWithError = c.newBlock(), noMatch = c.newBlock();
            if (i == 0) {
                c.addopI(COPY, 1);
                c.addopI(BUILD_LIST, 0);
                c.addopI(SWAP, 2);
            }
            if (h.type != null) {
                c.expr(h.type);
                c.addop(CHECK_EG_MATCH);
                c.addopI(COPY, 1);
                c.addopJ(POP_JUMP_IF_NONE, noMatch);
            }
            Block cleanupEnd = c.newBlock(), cleanupBody = c.newBlock();
            if (h.name != null) c.nameop(h.name, ExprContextTy.Store);
            else c.addop(POP_TOP);
            c.addopJ(SETUP_CLEANUP, cleanupEnd);
            c.useNextBlock(cleanupBody);
            c.pushFBlock(Unit.FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name);
            c.stmts(h.body);
            c.popFBlock();
            c.unsetLoc();
            c.addop(POP_BLOCK);
            if (h.name != null) clearName(c, h.name);
            c.addopJ(JUMP, except);
            c.useNextBlock(cleanupEnd);
            c.unsetLoc();
            if (h.name != null) clearName(c, h.name);
            c.addopI(LIST_APPEND, 3);
            c.addop(POP_TOP);
            c.addopJ(JUMP, exceptWithError);
            c.useNextBlock(except);
            c.addop(NOP);
            c.addopJ(JUMP, exceptWithError);
            c.useNextBlock(noMatch);
            c.addop(POP_TOP);
            c.useNextBlock(exceptWithError);
            if (i == n - 1) {
                c.addopI(LIST_APPEND, 1);
                c.addopJ(JUMP, reraiseStar);
            }
        }
        c.unsetLoc();
        c.popFBlock();
        Block reraise = c.newBlock();
        c.useNextBlock(reraiseStar);
        c.addop(PREP_RERAISE_STAR);
        c.addopI(COPY, 1);
        c.addopJ(POP_JUMP_IF_NOT_NONE, reraise);
        c.addop(POP_TOP);
        c.addop(POP_BLOCK);
        c.addop(POP_EXCEPT);
        c.addopJ(JUMP, end);
        c.useNextBlock(reraise);
        c.addop(POP_BLOCK);
        c.addopI(SWAP, 2);
        c.addop(POP_EXCEPT);
        c.addopI(RERAISE, 0);
        c.useNextBlock(cleanup);
        c.popExceptAndReraise();
        c.useNextBlock(orelseB);
        c.stmts(orelse);
        c.useNextBlock(end);
    }

    // ---- with --------------------------------------------------------------------------------

    private static void withExceptFinish(CodeGen c, Block cleanup) {
        c.unsetLoc();
        Block exit = c.newBlock();
        c.addopJ(POP_JUMP_IF_TRUE, exit);
        c.addopI(RERAISE, 2);
        c.useNextBlock(cleanup);
        c.popExceptAndReraise();
        c.useNextBlock(exit);
        c.addop(POP_TOP);
        c.addop(POP_BLOCK);
        c.addop(POP_EXCEPT);
        c.addop(POP_TOP);
        c.addop(POP_TOP);
    }

    static void with(CodeGen c, With s, int pos) {
        Withitem item = s.items.get(pos);
        Block block = c.newBlock(), fin = c.newBlock(), exit = c.newBlock(), cleanup = c.newBlock();
        c.expr(item.context_expr);
        c.addop(BEFORE_WITH);
        c.addopJ(SETUP_WITH, fin);
        c.useNextBlock(block);
        c.pushFBlock(Unit.FBlockType.WITH, block, fin, s);
        if (item.optional_vars != null) c.expr(item.optional_vars);
        else c.addop(POP_TOP);
        if (pos + 1 == s.items.size()) c.stmts(s.body);
        else with(c, s, pos + 1);
        c.unsetLoc();
        c.addop(POP_BLOCK);
        c.popFBlock();
        c.setLoc(s);
        c.callExitWithNones();
        c.addop(POP_TOP);
        c.addopJ(JUMP, exit);
        c.useNextBlock(fin);
        c.addopJ(SETUP_CLEANUP, cleanup);
        c.addop(PUSH_EXC_INFO);
        c.addop(WITH_EXCEPT_START);
        withExceptFinish(c, cleanup);
        c.useNextBlock(exit);
    }

    static void asyncWith(CodeGen c, AsyncWith s, int pos) {
        Withitem item = s.items.get(pos);
        if (topLevelAwait(c)) c.u.ste.coroutine = true;
        else if (c.u.scopeType != Unit.SCOPE_ASYNC_FUNCTION) throw c.error("'async with' outside async function");
        Block block = c.newBlock(), fin = c.newBlock(), exit = c.newBlock(), cleanup = c.newBlock();
        c.expr(item.context_expr);
        c.addop(BEFORE_ASYNC_WITH);
        c.addopI(GET_AWAITABLE, 1);
        c.loadConst(Py.None);
        c.addYieldFrom(true);
        c.addopJ(SETUP_WITH, fin);
        c.useNextBlock(block);
        c.pushFBlock(Unit.FBlockType.ASYNC_WITH, block, fin, s);
        if (item.optional_vars != null) c.expr(item.optional_vars);
        else c.addop(POP_TOP);
        if (pos + 1 == s.items.size()) c.stmts(s.body);
        else asyncWith(c, s, pos + 1);
        c.popFBlock();
        c.addop(POP_BLOCK);
        c.setLoc(s);
        c.callExitWithNones();
        c.addopI(GET_AWAITABLE, 2);
        c.loadConst(Py.None);
        c.addYieldFrom(true);
        c.addop(POP_TOP);
        c.addopJ(JUMP, exit);
        c.useNextBlock(fin);
        c.addopJ(SETUP_CLEANUP, cleanup);
        c.addop(PUSH_EXC_INFO);
        c.addop(WITH_EXCEPT_START);
        c.addopI(GET_AWAITABLE, 2);
        c.loadConst(Py.None);
        c.addYieldFrom(true);
        withExceptFinish(c, cleanup);
        c.useNextBlock(exit);
    }

    static void asyncFor(CodeGen c, AsyncFor s) {
        if (topLevelAwait(c)) c.u.ste.coroutine = true;
        else if (c.u.scopeType != Unit.SCOPE_ASYNC_FUNCTION) throw c.error("'async for' outside async function");
        Block start = c.newBlock(), except = c.newBlock(), end = c.newBlock();
        c.expr(s.iter);
        c.addop(GET_AITER);
        c.useNextBlock(start);
        c.pushFBlock(Unit.FBlockType.FOR_LOOP, start, end, null);
        c.addopJ(SETUP_FINALLY, except);
        c.addop(GET_ANEXT);
        c.loadConst(Py.None);
        c.addYieldFrom(true);
        c.addop(POP_BLOCK);
        c.expr(s.target);
        c.stmts(s.body);
        c.unsetLoc();
        c.addopJ(JUMP, start);
        c.popFBlock();
        c.useNextBlock(except);
        c.setLoc(s.iter);
        c.addop(END_ASYNC_FOR);
        c.stmts(s.orelse);
        c.useNextBlock(end);
    }

    // ---- imports -------------------------------------------------------------------------------

    static void importStmt(CodeGen c, Import s) {
        for (Alias a : s.names) {
            c.loadConst(PyInt.of(0));
            c.loadConst(Py.None);
            c.addopName(IMPORT_NAME, a.name);
            if (a.asname != null) {
                importAs(c, a.name, a.asname);
            } else {
                int dot = a.name.indexOf('.');
                c.nameop(dot >= 0 ? a.name.substring(0, dot) : a.name, ExprContextTy.Store);
            }
        }
    }

    private static void importAs(CodeGen c, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot >= 0) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                c.addopN(IMPORT_FROM, name.substring(pos, dot >= 0 ? dot : name.length()));
                if (dot < 0) break;
                c.addopI(SWAP, 2);
                c.addop(POP_TOP);
            }
            c.nameop(asname, ExprContextTy.Store);
            c.addop(POP_TOP);
            return;
        }
        c.nameop(asname, ExprContextTy.Store);
    }

    static void importFrom(CodeGen c, ImportFrom s) {
        c.loadConst(PyInt.of(s.level));
        List<PyObject> names = new ArrayList<>();
        for (Alias a : s.names) names.add(PyStr.of(a.name));
        if (s.lineno > c.futureLineno && "__future__".equals(s.module)) {
            throw c.error("from __future__ imports must occur at the beginning of the file");
        }
        c.loadConst(CodeGen.tuple(names));
        c.addopName(IMPORT_NAME, s.module != null ? s.module : "");
        for (int i = 0; i < s.names.size(); i++) {
            Alias a = s.names.get(i);
            if (i == 0 && a.name.startsWith("*")) {
                c.addop(IMPORT_STAR);
                return;
            }
            c.addopName(IMPORT_FROM, a.name);
            c.nameop(a.asname != null ? a.asname : a.name, ExprContextTy.Store);
        }
        c.addop(POP_TOP);
    }
}
