package org.sanca.vm;

import static org.sanca.bytecode.Opcode.*;

/**
 * Quickening: rewrites the eval loop's private copy of a code object's units into 3.11's
 * superinstructions and operator-specific forms, once, when the code is prepared.
 * CPython: Python/specialize.c (_PyCode_Quicken).
 *
 * <p>As in CPython, a superinstruction replaces only the first instruction of a pair
 * (LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST, LOAD_CONST__LOAD_FAST, STORE_FAST__LOAD_FAST,
 * STORE_FAST__STORE_FAST): it runs the first, then reads the second's oparg and runs it without a
 * dispatch; the second unit is left as it was, so a jump to it still works. COMPARE_OP followed
 * by a POP_JUMP_*_IF_TRUE/FALSE becomes COMPARE_OP_INT_JUMP, which decides the jump itself
 * without making a bool. BINARY_OP's add, subtract and multiply become their *_INT forms.
 *
 * <p>Unlike CPython, which specialises on the types it meets and deoptimises on a miss, these
 * forms are chosen from the code alone: each keeps CPython's exact-int (and float) fast path and
 * falls back to the generic operation, so nothing needs undoing. co_code is never changed.
 */
final class Specialize {
    private Specialize() {}

    /** Rewrites {@code code} (units: opcode | oparg &lt;&lt; 8) in place. */
    static void quicken(char[] code) {
        int previous = -1;
        for (int i = 0; i < code.length; i++) {
            int op = code[i] & 0xff;
            switch (op) {
                case BINARY_OP -> rewrite(code, i, binaryForm(code[i] >>> 8));
                case COMPARE_OP -> {
                    int next = i + 1 + CACHE_ENTRIES[COMPARE_OP];
                    if (next < code.length && isBoolJump(code[next] & 0xff)) rewrite(code, i, COMPARE_OP_INT_JUMP);
                }
                default -> pair(code, i, previous, op);
            }
            previous = op;
            i += CACHE_ENTRIES[op];
        }
    }

    private static void pair(char[] code, int i, int previous, int op) {
        int fused = switch (previous << 8 | op) {
            case LOAD_FAST << 8 | LOAD_FAST -> LOAD_FAST__LOAD_FAST;
            case LOAD_FAST << 8 | LOAD_CONST -> LOAD_FAST__LOAD_CONST;
            case LOAD_CONST << 8 | LOAD_FAST -> LOAD_CONST__LOAD_FAST;
            case STORE_FAST << 8 | LOAD_FAST -> STORE_FAST__LOAD_FAST;
            case STORE_FAST << 8 | STORE_FAST -> STORE_FAST__STORE_FAST;
            default -> -1;
        };
        if (fused >= 0) rewrite(code, i - 1, fused);
    }

    private static int binaryForm(int oparg) {
        return switch (oparg) {
            case NB_ADD, NB_INPLACE_ADD -> BINARY_OP_ADD_INT;
            case NB_SUBTRACT, NB_INPLACE_SUBTRACT -> BINARY_OP_SUBTRACT_INT;
            case NB_MULTIPLY, NB_INPLACE_MULTIPLY -> BINARY_OP_MULTIPLY_INT;
            default -> BINARY_OP;
        };
    }

    static boolean isBoolJump(int op) {
        return op == POP_JUMP_FORWARD_IF_FALSE || op == POP_JUMP_BACKWARD_IF_FALSE
                || op == POP_JUMP_FORWARD_IF_TRUE || op == POP_JUMP_BACKWARD_IF_TRUE;
    }

    private static void rewrite(char[] code, int i, int op) {
        code[i] = (char) ((code[i] & 0xff00) | op);
    }
}
