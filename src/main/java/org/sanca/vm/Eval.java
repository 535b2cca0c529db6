package org.sanca.vm;

import static org.sanca.bytecode.Opcode.*;

import org.sanca.objects.Py;
import org.sanca.objects.PyException;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * The eval loop: runs one Python frame's 3.11 bytecode on a value stack held in locals.
 * CPython: Python/ceval.c (_PyEval_EvalFrameDefault).
 *
 * <p>The dispatch method {@link #run} must stay under HotSpot's 8,000-byte limit for compiled
 * methods (EvalSizeTest measures it). Every case is a few stack moves and at most one call:
 * real work, slow paths and error construction live in {@link EvalOps}, {@link Calls} and
 * {@link Unwind}. The code units, constants, names, the value stack (which shares the frame's
 * localsplus array, as in CPython) and both pointers are locals. The stack pointer is written
 * back to the frame only before a call, on a yield and on an exception; f_lasti is stored once
 * per instruction (one field write, measured as noise) so that any code the instruction runs
 * sees its frame's current line, as CPython's frame->prev_instr gives.
 *
 * <p>Stack pointer {@code sp} indexes the first free slot; TOS is {@code s[sp - 1]}. A code unit
 * is {@code opcode | oparg << 8}. Inline caches are skipped at the end of their instruction, so
 * during an instruction {@code ip - 1} is its offset (the catch relies on it).
 */
public final class Eval {
    private Eval() {}

    /**
     * Runs frame {@code f} from its saved position until it returns or yields. When
     * {@code throwIn} is given, it is raised at the current position first (generator.throw).
     * Returns the returned or yielded value; {@link PyFrame#state} tells which.
     */
    static PyObject run(ThreadState ts, PyFrame f, PyException throwIn) {
        final ExecCode x = f.exec;
        final char[] code = x.code;
        final PyObject[] consts = x.consts;
        final PyObject[] names = x.names;
        final PyObject[] s = f.localsplus;
        int ip = f.ip;
        int sp = f.sp;
        PyObject kwnames = null;
        boolean reraise = false;
        PyException pending = throwIn;
        for (;;) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                for (;;) {
                    int word = code[ip++];
                    int oparg = word >>> 8;
                    int op = word & 0xff;
                    while (op == EXTENDED_ARG) {
                        word = code[ip++];
                        oparg = oparg << 8 | word >>> 8;
                        op = word & 0xff;
                    }
                    f.lasti = ip - 1;
                    switch (op) {
                        case NOP -> { }
                        // the eval breaker's checks: function entry and backward jumps
                        case RESUME -> {
                            if (Interpreter.interruptPending) throw Interpreter.takeInterrupt();
                        }
                        // -> value
                        case LOAD_FAST -> {
                            PyObject v = s[oparg];
                            if (v == null) throw EvalOps.unboundLocal(x, oparg);
                            s[sp++] = v;
                        }
                        case LOAD_CONST -> s[sp++] = consts[oparg];
                        // 3.11's superinstructions (Specialize): the second half reads the next unit's oparg
                        case LOAD_FAST__LOAD_FAST -> {
                            PyObject v = s[oparg];
                            if (v == null) throw EvalOps.unboundLocal(x, oparg);
                            s[sp++] = v;
                            int a = code[ip++] >>> 8;
                            if ((v = s[a]) == null) throw EvalOps.unboundLocal(x, a);
                            s[sp++] = v;
                        }
                        case LOAD_FAST__LOAD_CONST -> {
                            PyObject v = s[oparg];
                            if (v == null) throw EvalOps.unboundLocal(x, oparg);
                            s[sp++] = v;
                            s[sp++] = consts[code[ip++] >>> 8];
                        }
                        case LOAD_CONST__LOAD_FAST -> {
                            s[sp++] = consts[oparg];
                            int a = code[ip++] >>> 8;
                            PyObject v = s[a];
                            if (v == null) throw EvalOps.unboundLocal(x, a);
                            s[sp++] = v;
                        }
                        case STORE_FAST__LOAD_FAST -> {
                            s[oparg] = s[--sp];
                            int a = code[ip++] >>> 8;
                            PyObject v = s[a];
                            if (v == null) throw EvalOps.unboundLocal(x, a);
                            s[sp++] = v;
                        }
                        case STORE_FAST__STORE_FAST -> {
                            s[oparg] = s[--sp];
                            s[code[ip++] >>> 8] = s[--sp];
                        }
                        // value ->
                        case STORE_FAST -> s[oparg] = s[--sp];
                        case DELETE_FAST -> {
                            if (s[oparg] == null) throw EvalOps.unboundLocal(x, oparg);
                            s[oparg] = null;
                        }
                        case POP_TOP -> s[--sp] = null;
                        case PUSH_NULL -> s[sp++] = null;
                        // ..., a -> ..., a, ..., a (copy the oparg-th item)
                        case COPY -> { s[sp] = s[sp - oparg]; sp++; }
                        case SWAP -> {
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - oparg];
                            s[sp - oparg] = t;
                        }
                        // left, right -> left op right
                        case BINARY_OP -> {
                            PyObject r = s[--sp];
                            s[sp - 1] = EvalOps.binaryOp(oparg, s[sp - 1], r);
                            s[sp] = null;
                            ip += 1;
                        }
                        case BINARY_OP_ADD_INT -> {
                            PyObject r = s[--sp];
                            s[sp - 1] = EvalOps.add(oparg, s[sp - 1], r);
                            s[sp] = null;
                            ip += 1;
                        }
                        case BINARY_OP_SUBTRACT_INT -> {
                            PyObject r = s[--sp];
                            s[sp - 1] = EvalOps.subtract(oparg, s[sp - 1], r);
                            s[sp] = null;
                            ip += 1;
                        }
                        case BINARY_OP_MULTIPLY_INT -> {
                            PyObject r = s[--sp];
                            s[sp - 1] = EvalOps.multiply(oparg, s[sp - 1], r);
                            s[sp] = null;
                            ip += 1;
                        }
                        // left, right -> (the POP_JUMP_*_IF_TRUE/FALSE after the caches, decided here)
                        case COMPARE_OP_INT_JUMP -> {
                            PyObject r = s[--sp];
                            s[sp] = null;
                            PyObject v = EvalOps.compare(s[sp - 1], r, oparg);
                            s[--sp] = null;
                            int jump = code[ip + 2];
                            ip += 3;
                            if (EvalOps.isTrue(v) == EvalOps.jumpsIfTrue(jump & 0xff)) {
                                if (!EvalOps.isBackward(jump & 0xff)) {
                                    ip += jump >>> 8;
                                } else {
                                    if (Interpreter.interruptPending) throw Interpreter.takeInterrupt();
                                    ip -= jump >>> 8;
                                    if (x.loopCompiled() != null) return Calls.handOver(f, ip, sp);
                                }
                            }
                        }
                        case COMPARE_OP -> {
                            PyObject r = s[--sp];
                            s[sp - 1] = EvalOps.compare(s[sp - 1], r, oparg);
                            s[sp] = null;
                            ip += 2;
                        }
                        case IS_OP -> {
                            PyObject r = s[--sp];
                            s[sp - 1] = (s[sp - 1] == r) ^ (oparg != 0) ? Py.True : Py.False;
                            s[sp] = null;
                        }
                        case CONTAINS_OP -> {
                            PyObject r = s[--sp];
                            s[sp - 1] = EvalOps.contains(r, s[sp - 1]) ^ (oparg != 0) ? Py.True : Py.False;
                            s[sp] = null;
                        }
                        case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT ->
                            s[sp - 1] = EvalOps.unary(op, s[sp - 1]);
                        // container, key -> container[key]
                        case BINARY_SUBSCR -> {
                            PyObject k = s[--sp];
                            s[sp - 1] = EvalOps.getItem(s[sp - 1], k);
                            s[sp] = null;
                            ip += 4;
                        }
                        // value, container, key ->
                        case STORE_SUBSCR -> {
                            EvalOps.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
                            sp = clear(s, sp, 3);
                            ip += 1;
                        }
                        case DELETE_SUBSCR -> {
                            EvalOps.delItem(s[sp - 2], s[sp - 1]);
                            sp = clear(s, sp, 2);
                        }
                        case LOAD_GLOBAL -> {
                            if ((oparg & 1) != 0) s[sp++] = null;
                            s[sp++] = EvalOps.loadGlobal(f, names[oparg >> 1], ip - 1);
                            ip += 5;
                        }
                        case STORE_GLOBAL -> f.globals.setItem(names[oparg], s[--sp]);
                        case DELETE_GLOBAL -> EvalOps.deleteGlobal(f, names[oparg]);
                        case LOAD_NAME -> s[sp++] = EvalOps.loadName(f, names[oparg]);
                        case STORE_NAME -> EvalOps.storeName(f, names[oparg], s[--sp]);
                        case DELETE_NAME -> EvalOps.deleteName(f, names[oparg]);
                        // owner -> owner.name
                        case LOAD_ATTR -> {
                            s[sp - 1] = AttrCache.load(x, ip - 1, s[sp - 1], (PyStr) names[oparg]);
                            ip += 4;
                        }
                        // owner -> method, self | NULL, attr
                        case LOAD_METHOD -> {
                            sp = AttrCache.loadMethod(x, ip - 1, s, sp, (PyStr) names[oparg]);
                            ip += 10;
                        }
                        // value, owner ->
                        case STORE_ATTR -> {
                            AttrCache.store(x, ip - 1, s[sp - 1], (PyStr) names[oparg], s[sp - 2]);
                            sp = clear(s, sp, 2);
                            ip += 4;
                        }
                        case DELETE_ATTR -> {
                            EvalOps.setAttr(s[sp - 1], names[oparg], null);
                            s[--sp] = null;
                        }
                        case MAKE_CELL -> s[oparg] = new PyCell(s[oparg]);
                        case LOAD_CLOSURE -> s[sp++] = s[oparg];
                        case LOAD_DEREF -> s[sp++] = EvalOps.loadDeref(x, s, oparg);
                        case LOAD_CLASSDEREF -> s[sp++] = EvalOps.loadClassDeref(f, oparg);
                        case STORE_DEREF -> ((PyCell) s[oparg]).contents = s[--sp];
                        case DELETE_DEREF -> EvalOps.deleteDeref(x, s, oparg);
                        case COPY_FREE_VARS -> f.copyFreeVars(oparg);
                        // items... -> container
                        case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, LIST_TO_TUPLE ->
                            sp = EvalOps.build(op, s, sp, oparg);
                        case BUILD_MAP -> sp = EvalOps.buildMap(s, sp, oparg);
                        case BUILD_CONST_KEY_MAP -> sp = EvalOps.buildConstKeyMap(s, sp, oparg);
                        case BUILD_SLICE -> sp = EvalOps.buildSlice(s, sp, oparg);
                        // container, ..., item -> container, ...
                        case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE ->
                            sp = EvalOps.addTo(op, s, sp, oparg);
                        case MAP_ADD, DICT_MERGE -> sp = EvalOps.mapAdd(op, s, sp, oparg);
                        case UNPACK_SEQUENCE -> {
                            sp = EvalOps.unpackSequence(s, sp, oparg);
                            ip += 1;
                        }
                        case UNPACK_EX -> sp = EvalOps.unpackEx(s, sp, oparg);
                        case KW_NAMES -> kwnames = consts[oparg];
                        case PRECALL -> {
                            Calls.unpackMethod(s, sp, oparg);
                            ip += 1;
                        }
                        // NULL|meth, callable|self, args... -> result
                        case CALL -> {
                            f.sp = sp;
                            PyObject k = kwnames;
                            kwnames = null;
                            sp = Calls.callFromStack(ts, s, sp, oparg, k);
                            ip += 4;
                        }
                        case CALL_FUNCTION_EX -> {
                            f.sp = sp;
                            sp = Calls.callFunctionEx(ts, s, sp, oparg);
                        }
                        case MAKE_FUNCTION -> sp = EvalOps.makeFunction(f, s, sp, oparg);
                        case LOAD_BUILD_CLASS -> s[sp++] = EvalOps.loadBuildClass(f);
                        case SETUP_ANNOTATIONS -> EvalOps.setupAnnotations(f);
                        case LOAD_ASSERTION_ERROR -> s[sp++] = EvalOps.assertionError();
                        case FORMAT_VALUE -> sp = EvalOps.formatValue(s, sp, oparg);
                        case GET_ITER -> s[sp - 1] = EvalOps.getIter(s[sp - 1]);
                        case GET_YIELD_FROM_ITER -> s[sp - 1] = EvalOps.getYieldFromIter(x, s[sp - 1]);
                        // iter -> iter, next | (exhausted) jump past the loop body
                        case FOR_ITER -> {
                            PyObject v = EvalOps.next(s[sp - 1]);
                            if (v != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                ip += oparg;
                            }
                        }
                        case JUMP_FORWARD -> ip += oparg;
                        case JUMP_BACKWARD -> {
                            x.warm();
                            if (Interpreter.interruptPending) throw Interpreter.takeInterrupt();
                            ip -= oparg;
                            if (x.loopCompiled() != null) return Calls.handOver(f, ip, sp);
                        }
                        case JUMP_BACKWARD_NO_INTERRUPT -> ip -= oparg;
                        case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE,
                             POP_JUMP_FORWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (EvalOps.popJumpTaken(op, v)) ip += oparg;
                        }
                        case POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE,
                             POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (EvalOps.popJumpTaken(op, v)) {
                                if (Interpreter.interruptPending) throw Interpreter.takeInterrupt();
                                ip -= oparg;
                                if (x.loopCompiled() != null) return Calls.handOver(f, ip, sp);
                            }
                        }
                        case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                            if (EvalOps.isTrue(s[sp - 1]) == (op == JUMP_IF_TRUE_OR_POP)) {
                                ip += oparg;
                            } else {
                                s[--sp] = null;
                            }
                        }
                        case RETURN_VALUE -> {
                            PyObject v = s[--sp];
                            f.finish(sp);
                            return v;
                        }
                        case RETURN_GENERATOR -> {
                            f.ip = ip;
                            f.sp = sp;
                            return Generators.make(f);
                        }
                        case YIELD_VALUE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.suspend(ip, sp);
                            return v;
                        }
                        // receiver, value -> receiver, yielded | (done) result, jump
                        case SEND -> {
                            f.sp = sp;
                            sp = Generators.send(ts, s, sp);
                            if (sp < 0) {
                                sp = ~sp;
                                ip += oparg;
                            }
                        }
                        case ASYNC_GEN_WRAP -> s[sp - 1] = Generators.asyncGenWrap(s[sp - 1]);
                        case GET_AWAITABLE -> s[sp - 1] = Generators.getAwaitable(s[sp - 1], oparg);
                        case GET_AITER -> s[sp - 1] = Generators.getAIter(s[sp - 1]);
                        case GET_ANEXT -> { s[sp] = Generators.getANext(s[sp - 1]); sp++; }
                        case BEFORE_ASYNC_WITH -> sp = EvalOps.beforeWith(s, sp, true);
                        case END_ASYNC_FOR -> {
                            reraise = true;
                            sp = Unwind.endAsyncFor(s, sp);
                            reraise = false;
                        }
                        case RAISE_VARARGS -> {
                            if (oparg == 0) reraise = true;
                            throw Unwind.raise(ts, f, s, sp, oparg);
                        }
                        // [lasti,] exc -> (raised again, traceback kept)
                        case RERAISE -> {
                            reraise = true;
                            f.sp = sp;
                            throw Unwind.reraise(f, s, sp, oparg);
                        }
                        // exc -> previous handled exc, exc
                        case PUSH_EXC_INFO -> {
                            PyObject e = s[sp - 1];
                            s[sp - 1] = ts.swapHandled(e);
                            s[sp++] = e;
                        }
                        case POP_EXCEPT -> {
                            ts.setHandled(s[--sp]);
                            s[sp] = null;
                        }
                        // exc, type -> exc, bool
                        case CHECK_EXC_MATCH -> s[sp - 1] = Unwind.checkExcMatch(s[sp - 2], s[sp - 1]);
                        case CHECK_EG_MATCH -> ExceptionGroups.checkEgMatch(ts, s, sp);
                        case PREP_RERAISE_STAR -> {
                            PyObject r = ExceptionGroups.prepReraiseStar(s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            s[sp - 1] = r;
                        }
                        case BEFORE_WITH -> sp = EvalOps.beforeWith(s, sp, false);
                        case WITH_EXCEPT_START -> { s[sp] = EvalOps.withExceptStart(s, sp); sp++; }
                        case IMPORT_NAME -> sp = Imports.importName(f, s, sp, names[oparg]);
                        case IMPORT_FROM -> { s[sp] = Imports.importFrom(s[sp - 1], names[oparg]); sp++; }
                        case IMPORT_STAR -> sp = Imports.importStar(f, s, sp);
                        case GET_LEN -> { s[sp] = EvalOps.len(s[sp - 1]); sp++; }
                        case MATCH_MAPPING, MATCH_SEQUENCE -> { s[sp] = Match.matchKind(op, s[sp - 1]); sp++; }
                        case MATCH_KEYS -> { s[sp] = Match.matchKeys(s[sp - 2], s[sp - 1]); sp++; }
                        case MATCH_CLASS -> sp = Match.matchClass(s, sp, oparg);
                        case PRINT_EXPR -> EvalOps.printExpr(s[--sp]);
                        case CACHE -> { }
                        default -> throw EvalOps.unknownOpcode(x, op);
                    }
                }
            } catch (PyException e) {
                f.sp = sp;
                int handler = Unwind.unwind(ts, f, e, ip - 1, reraise);
                reraise = false;
                kwnames = null;
                if (handler < 0) throw e;
                ip = handler;
                sp = f.sp;
            } catch (StackOverflowError e) {
                pending = Unwind.recursionError();
            }
        }
    }

    /** Pops {@code n} values, clearing their slots; returns the new stack pointer. */
    static int clear(PyObject[] s, int sp, int n) {
        for (int i = 0; i < n; i++) s[--sp] = null;
        return sp;
    }
}
