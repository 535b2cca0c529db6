package org.sanca.compiler;

import org.sanca.objects.ConstantKey;

import static org.sanca.bytecode.Opcode.*;
import static org.sanca.compiler.FlowGraph.*;

import java.util.List;
import org.sanca.objects.PyNone;
import org.sanca.objects.PyObject;

/**
 * The per-block peephole optimiser of 3.11: constant conditions, tuple folding, jump
 * threading, SWAP minimisation and static swaps, PUSH_NULL folded into LOAD_GLOBAL.
 * CPython: Python/compile.c (optimize_basic_block, fold_tuple_on_constants, swaptimize, apply_static_swaps).
 */
final class Peephole {
    private Peephole() {}

    private static final Instr NOP_INSTR = new Instr(NOP, 0, null, -1, -1, -1, -1);

    static void optimizeBlock(Block bb, List<PyObject> consts, java.util.Map<Object, Integer> index) {
        for (int i = 0; i < bb.size(); i++) {
            Instr inst = bb.get(i);
            int oparg = inst.oparg;
            int nextop = i + 1 < bb.size() ? bb.get(i + 1).opcode : 0;
            Instr target;
            if (isJump(inst) || isBlockPush(inst)) {
                inst.target = skipEmpty(inst.target);
                target = inst.target.get(0);
            } else {
                target = NOP_INSTR;
            }
            switch (inst.opcode) {
                case LOAD_CONST -> loadConst(bb, i, consts, nextop);
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == bb.get(i + 1).oparg && (oparg >= 1 && oparg <= 3)) {
                        inst.opcode = NOP;
                        bb.get(i + 1).opcode = oparg == 1 ? NOP : SWAP;
                        continue;
                    }
                    if (i >= oparg) foldTuple(bb, i - oparg, oparg, consts, index);
                }
                case JUMP_IF_FALSE_OR_POP -> i -= condJump(bb, inst, target, POP_JUMP_IF_FALSE, JUMP_IF_FALSE_OR_POP,
                        JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_TRUE);
                case JUMP_IF_TRUE_OR_POP -> i -= condJump(bb, inst, target, POP_JUMP_IF_TRUE, JUMP_IF_TRUE_OR_POP,
                        JUMP_IF_FALSE_OR_POP, POP_JUMP_IF_FALSE);
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP -> {
                    if (target.opcode == JUMP && jumpThread(inst, target, inst.opcode)) i--;
                }
                case SWAP -> {
                    if (oparg == 1) {
                        inst.opcode = NOP;
                        break;
                    }
                    i = swaptimize(bb, i);
                    applyStaticSwaps(bb, i);
                }
                case PUSH_NULL -> {
                    // CPython 3.11 tests the opcode's low bit (LOAD_GLOBAL is even), so this always fires.
                    if (nextop == LOAD_GLOBAL) {
                        inst.opcode = NOP;
                        inst.oparg = 0;
                        bb.get(i + 1).oparg |= 1;
                    }
                }
                default -> { }
            }
        }
    }

    /** JUMP_IF_X_OR_POP to a jump: thread through, or turn into POP_JUMP_IF_X past an opposite test. */
    private static int condJump(Block bb, Instr inst, Instr target, int popSame, int orPopSame, int orPopOther,
                                int popOther) {
        int t = target.opcode;
        if (t == popSame) return jumpThread(inst, target, popSame) ? 1 : 0;
        if (t == JUMP || t == orPopSame) return jumpThread(inst, target, orPopSame) ? 1 : 0;
        if ((t == orPopOther || t == popOther) && inst.lineno == target.lineno) {
            inst.opcode = popSame;
            inst.target = inst.target.next;
            return 1;
        }
        return 0;
    }

    private static boolean jumpThread(Instr inst, Instr target, int opcode) {
        if (inst.lineno == target.lineno && inst.target != target.target) {
            inst.target = target.target;
            inst.opcode = opcode;
            return true;
        }
        return false;
    }

    private static void loadConst(Block bb, int i, List<PyObject> consts, int nextop) {
        Instr inst = bb.get(i);
        PyObject cnt = consts.get(inst.oparg);
        switch (nextop) {
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                boolean isTrue = ConstantFolder.isTrue(cnt);
                inst.opcode = NOP;
                if (isTrue == (nextop == POP_JUMP_IF_TRUE)) {
                    bb.get(i + 1).opcode = JUMP;
                    bb.nofallthrough = true;
                } else {
                    bb.get(i + 1).opcode = NOP;
                }
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                boolean isTrue = ConstantFolder.isTrue(cnt);
                if (isTrue == (nextop == JUMP_IF_TRUE_OR_POP)) {
                    bb.get(i + 1).opcode = JUMP;
                    bb.nofallthrough = true;
                } else {
                    inst.opcode = NOP;
                    bb.get(i + 1).opcode = NOP;
                }
            }
            case IS_OP -> {
                int jumpOp = i + 2 < bb.size() ? bb.get(i + 2).opcode : 0;
                if (cnt instanceof PyNone && (jumpOp == POP_JUMP_IF_FALSE || jumpOp == POP_JUMP_IF_TRUE)) {
                    int nextarg = bb.get(i + 1).oparg & 0xFF;
                    inst.opcode = NOP;
                    bb.get(i + 1).opcode = NOP;
                    boolean notNone = (nextarg ^ (jumpOp == POP_JUMP_IF_FALSE ? 1 : 0)) != 0;
                    bb.get(i + 2).opcode = notNone ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                }
            }
            default -> { }
        }
    }

    /** LOAD_CONST c1 ... LOAD_CONST cn BUILD_TUPLE n becomes LOAD_CONST (c1, ..., cn). */
    private static void foldTuple(Block bb, int start, int n, List<PyObject> consts, java.util.Map<Object, Integer> indexOf) {
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            Instr in = bb.get(start + i);
            if (in.opcode != LOAD_CONST) return;
            items[i] = consts.get(in.oparg);
        }
        PyObject tuple = org.sanca.objects.PyTuple.of(items);
        Object key = ConstantKey.of(tuple);
        Integer found = indexOf.get(key);
        int index;
        if (found != null) {
            index = found;
        } else {
            index = consts.size();
            consts.add(tuple);
            indexOf.put(key, index);
        }
        for (int i = 0; i < n; i++) bb.get(start + i).opcode = NOP;
        Instr build = bb.get(start + n);
        build.opcode = LOAD_CONST;
        build.oparg = index;
    }

    /** Replaces a run of SWAPs and NOPs by an optimal one; returns the index of its last instruction. */
    private static int swaptimize(Block block, int ix) {
        int depth = block.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = block.size() - ix;
        while (++len < limit) {
            int op = block.get(ix + len).opcode;
            if (op == SWAP) {
                depth = Math.max(depth, block.get(ix + len).oparg);
                more = true;
            } else if (op != NOP) {
                break;
            }
        }
        if (!more) return ix;
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        for (int i = 0; i < len; i++) {
            Instr in = block.get(ix + i);
            if (in.opcode == SWAP) {
                int top = stack[0];
                stack[0] = stack[in.oparg - 1];
                stack[in.oparg - 1] = top;
            }
        }
        int current = len - 1;
        final int visited = -1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) continue;
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr in = block.get(ix + current--);
                    in.opcode = SWAP;
                    in.oparg = j + 1;
                }
                if (stack[j] == visited) break;
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (current >= 0) block.get(ix + current--).opcode = NOP;
        return ix + len - 1;
    }

    private static boolean swappable(int op) {
        return op == STORE_FAST || op == POP_TOP;
    }

    private static int storesTo(Instr i) {
        return i.opcode == STORE_FAST ? i.oparg : -1;
    }

    private static int nextSwappable(Block block, int i, int lineno) {
        while (++i < block.size()) {
            Instr in = block.get(i);
            if (lineno >= 0 && in.lineno != lineno) return -1;
            if (in.opcode == NOP) continue;
            if (swappable(in.opcode)) return i;
            return -1;
        }
        return -1;
    }

    private static void applyStaticSwaps(Block block, int i) {
        for (; i >= 0; i--) {
            Instr swap = block.get(i);
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) continue;
                return;
            }
            int j = nextSwappable(block, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = block.get(j).lineno;
            for (int count = swap.oparg - 1; count > 0; count--) {
                k = nextSwappable(block, k, lineno);
                if (k < 0) return;
            }
            int sj = storesTo(block.get(j)), sk = storesTo(block.get(k));
            if (sj >= 0 || sk >= 0) {
                if (sj == sk) return;
                for (int idx = j + 1; idx < k; idx++) {
                    int s = storesTo(block.get(idx));
                    if (s >= 0 && (s == sj || s == sk)) return;
                }
            }
            swap.opcode = NOP;
            Instr tmp = block.get(j);
            block.instrs.set(j, block.get(k));
            block.instrs.set(k, tmp);
        }
    }
}
