package org.sanca.bytecode;

import static org.sanca.bytecode.Opcode.*;

/**
 * How many values each instruction of 3.11's bytecode pushes (positive) or pops (negative),
 * when it falls through or jumps: what the compiler's stack-depth pass and the vm's JVM code
 * generator both count with.
 * CPython: Python/compile.c (stack_effect).
 */
public final class StackEffect {
    private StackEffect() {}

    /** The stack effect of an instruction; jump 0 = fall through, 1 = jump taken. */
    public static int of(int op, int arg, int jump) {
        switch (op) {
            case NOP, EXTENDED_ARG, RESUME, CACHE, SWAP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
                 GET_ITER, SETUP_ANNOTATIONS, ASYNC_GEN_WRAP, YIELD_VALUE, DELETE_NAME, DELETE_GLOBAL,
                 LOAD_ATTR, CHECK_EXC_MATCH, CHECK_EG_MATCH, JUMP_FORWARD, JUMP_BACKWARD,
                 JUMP_BACKWARD_NO_INTERRUPT, DELETE_FAST, RETURN_GENERATOR, KW_NAMES,
                 MAKE_CELL, COPY_FREE_VARS, DELETE_DEREF, GET_AWAITABLE, GET_AITER, GET_YIELD_FROM_ITER,
                 LIST_TO_TUPLE:
                return 0;
            case POP_TOP, SET_ADD, LIST_APPEND, BINARY_SUBSCR, PRINT_EXPR, RETURN_VALUE, IMPORT_STAR, POP_EXCEPT,
                 STORE_NAME, DELETE_ATTR, STORE_GLOBAL, COMPARE_OP, IS_OP, CONTAINS_OP, IMPORT_NAME,
                 POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_FORWARD_IF_NONE,
                 POP_JUMP_BACKWARD_IF_NOT_NONE, POP_JUMP_FORWARD_IF_NOT_NONE,
                 POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE,
                 POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE, PREP_RERAISE_STAR,
                 RERAISE, STORE_FAST, CALL, STORE_DEREF, LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE,
                 BINARY_OP:
                return -1;
            case MAP_ADD, DELETE_SUBSCR, STORE_ATTR, END_ASYNC_FOR, MATCH_CLASS:
                return -2;
            case STORE_SUBSCR:
                return -3;
            case LOAD_BUILD_CLASS, LOAD_CONST, LOAD_NAME, IMPORT_FROM, PUSH_EXC_INFO, WITH_EXCEPT_START, LOAD_FAST,
                 LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF, BEFORE_ASYNC_WITH, BEFORE_WITH, GET_ANEXT, LOAD_METHOD,
                 LOAD_ASSERTION_ERROR, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, COPY, PUSH_NULL:
                return 1;
            case UNPACK_SEQUENCE: return arg - 1;
            case UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
            case FOR_ITER: return jump > 0 ? -1 : 1;
            case SEND: return jump > 0 ? -1 : 0;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING: return 1 - arg;
            case BUILD_MAP: return 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP: return -arg;
            case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP: return jump != 0 ? 0 : -1;
            case LOAD_GLOBAL: return (arg & 1) + 1;
            case RAISE_VARARGS, PRECALL: return -arg;
            case CALL_FUNCTION_EX: return -2 - (arg & 1);
            case MAKE_FUNCTION: return -Integer.bitCount(arg & 0xF);
            case BUILD_SLICE: return arg == 3 ? -2 : -1;
            case FORMAT_VALUE: return (arg & 4) == 4 ? -1 : 0;
            default: throw new IllegalStateException("no stack effect for opcode " + op);
        }
    }
}
