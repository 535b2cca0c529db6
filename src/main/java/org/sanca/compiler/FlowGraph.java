package org.sanca.compiler;

import static org.sanca.bytecode.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.sanca.bytecode.StackEffect;
import org.sanca.objects.ConstantKey;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;

/**
 * The control flow graph passes between code generation and assembly: pseudo-instructions,
 * block normalisation, the peephole optimiser (constant conditions, tuple folding, jump
 * threading, SWAP elimination), dead code removal, line number propagation, stack depth and
 * exception handler labelling.
 * CPython: Python/compile.c (optimize_cfg, optimize_basic_block, stackdepth, label_exception_targets, ...).
 */
final class FlowGraph {
    private FlowGraph() {}

    // Pseudo-instructions, turned into NOPs or real jumps by the assembler.
    static final int SETUP_FINALLY = -1, SETUP_CLEANUP = -2, SETUP_WITH = -3, POP_BLOCK = -4, JUMP = -5,
            JUMP_NO_INTERRUPT = -6, POP_JUMP_IF_FALSE = -7, POP_JUMP_IF_TRUE = -8, POP_JUMP_IF_NONE = -9,
            POP_JUMP_IF_NOT_NONE = -10;

    static final int MAX_COPY_SIZE = 4;

    /** The stack effect of an instruction or pseudo-instruction; jump 0 = fall through, 1 = jump taken. */
    static int stackEffect(int op, int arg, int jump) {
        return switch (op) {
            case POP_BLOCK, JUMP, JUMP_NO_INTERRUPT -> 0;
            case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> -1;
            case SETUP_FINALLY, SETUP_WITH -> jump != 0 ? 1 : 0;
            case SETUP_CLEANUP -> jump != 0 ? 2 : 0;
            default -> StackEffect.of(op, arg, jump);
        };
    }

    static boolean isVirtualJump(int op) {
        return op <= JUMP && op >= POP_JUMP_IF_NOT_NONE;
    }

    static boolean isJump(Instr i) {
        int op = i.opcode;
        return op < 0 ? isVirtualJump(op) : hasJrel(op) || hasJabs(op);
    }

    static boolean isBlockPush(Instr i) {
        return i.opcode == SETUP_FINALLY || i.opcode == SETUP_WITH || i.opcode == SETUP_CLEANUP;
    }

    static boolean hasConstArg(int op) {
        return op >= 0 && hasConst(op);
    }

    static boolean isEndOfBlock(Instr i) {
        return isJump(i) || i.opcode == RETURN_VALUE || i.opcode == RAISE_VARARGS || i.opcode == RERAISE;
    }

    // ---- normalisation -----------------------------------------------------------------------

    static Block skipEmpty(Block b) {
        while (b.size() == 0) b = b.next;
        return b;
    }

    /** Marks exit and no-fallthrough blocks (normalize_basic_block). */
    static void normalizeBlock(Block bb) {
        for (int i = 0; i < bb.size(); i++) {
            Instr in = bb.get(i);
            switch (in.opcode) {
                case RETURN_VALUE, RAISE_VARARGS, RERAISE -> {
                    bb.exit = true;
                    bb.nofallthrough = true;
                }
                case JUMP, JUMP_NO_INTERRUPT -> {
                    bb.nofallthrough = true;
                    in.target = skipEmpty(in.target);
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
                     JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER -> in.target = skipEmpty(in.target);
                default -> { }
            }
        }
    }

    private static boolean hasLineno(Block b) {
        for (Instr i : b.instrs) {
            if (i.lineno > 0) return true;
        }
        return false;
    }

    /** Replaces a jump to a small exit block without line numbers by a copy of it (extend_block). */
    static void extendBlock(Block bb) {
        Instr last = bb.last();
        if (last == null) return;
        if (last.opcode != JUMP && last.opcode != JUMP_FORWARD && last.opcode != JUMP_BACKWARD) return;
        Block to = last.target;
        if (to.exit && to.size() <= MAX_COPY_SIZE && !hasLineno(to)) {
            last.opcode = NOP;
            for (Instr i : to.instrs) bb.instrs.add(i.copy());
            bb.exit = true;
        }
    }

    /** Removes NOPs that carry no needed line number (clean_basic_block). */
    static void cleanBlock(Block bb) {
        List<Instr> instrs = bb.instrs;
        int kept = 0;
        int prevLineno = -1;
        int n = bb.size();
        for (int src = 0; src < n; src++) {
            Instr in = bb.get(src);
            int lineno = in.lineno;
            if (in.opcode == NOP) {
                if (lineno < 0) continue;
                if (prevLineno == lineno) continue;
                if (src < n - 1) {
                    Instr nx = bb.get(src + 1);
                    if (nx.lineno == lineno) continue;
                    if (nx.lineno < 0) {
                        in.copyLocTo(nx);
                        continue;
                    }
                } else {
                    Block next = bb.next;
                    while (next != null && next.size() == 0) next = next.next;
                    if (next != null && lineno == next.get(0).lineno) continue;
                }
            }
            instrs.set(kept++, in);
            prevLineno = lineno;
        }
        instrs.subList(kept, n).clear();
    }

    // ---- the peephole optimiser ------------------------------------------------------------------

    /** optimize_cfg: peepholes per block, dead code removal, redundant jumps. */
    static void optimizeCfg(Unit u, Block entry, List<PyObject> consts) {
        java.util.Map<Object, Integer> index = new java.util.HashMap<>();
        for (int i = consts.size() - 1; i >= 0; i--) index.put(ConstantKey.of(consts.get(i)), i);
        for (Block b = entry; b != null; b = b.next) {
            Peephole.optimizeBlock(b, consts, index);
            cleanBlock(b);
        }
        for (int k = u.blocks.size() - 1; k >= 0; k--) extendBlock(u.blocks.get(k));
        markReachable(entry);
        for (Block b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.nofallthrough = false;
            }
        }
        eliminateEmptyBlocks(entry);
        for (Block b = entry; b != null; b = b.next) cleanBlock(b);
        boolean maybeEmpty = false;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && (last.opcode == JUMP || last.opcode == JUMP_NO_INTERRUPT) && last.target == b.next) {
                b.nofallthrough = false;
                last.opcode = NOP;
                maybeEmpty = true;
            }
        }
        if (maybeEmpty) eliminateEmptyBlocks(entry);
    }

    static void markReachable(Block entry) {
        Deque<Block> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        stack.push(entry);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b.next != null && !b.nofallthrough) {
                if (b.next.predecessors == 0) stack.push(b.next);
                b.next.predecessors++;
            }
            for (Instr i : b.instrs) {
                if (isJump(i) || isBlockPush(i)) {
                    if (i.target.predecessors == 0) stack.push(i.target);
                    i.target.predecessors++;
                }
            }
        }
    }

    static void eliminateEmptyBlocks(Block entry) {
        for (Block b = entry; b != null; b = b.next) {
            Block next = b.next;
            if (next != null) {
                while (next.size() == 0 && next.next != null) next = next.next;
                b.next = next;
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && isJump(last)) last.target = skipEmpty(last.target);
        }
    }

    // ---- line numbers --------------------------------------------------------------------------

    private static boolean isExitWithoutLineno(Block b) {
        if (!b.exit) return false;
        for (Instr i : b.instrs) {
            if (i.lineno >= 0) return false;
        }
        return true;
    }

    /** Copies exit blocks without line numbers so each has one predecessor (duplicate_exits_without_lineno). */
    static void duplicateExitsWithoutLineno(Unit u) {
        int n = u.blocks.size();
        for (int k = n - 1; k >= 0; k--) {
            Block b = u.blocks.get(k);
            Instr last = b.last();
            if (last == null || !isJump(last)) continue;
            Block target = last.target;
            if (isExitWithoutLineno(target) && target.predecessors > 1) {
                Block copy = u.newBlock();
                for (Instr i : target.instrs) copy.instrs.add(i.copy());
                copy.exit = target.exit;
                copy.nofallthrough = true;
                last.copyLocTo(copy.get(0));
                last.target = copy;
                target.predecessors--;
                copy.predecessors = 1;
                copy.next = target.next;
                target.next = copy;
            }
        }
        for (int k = u.blocks.size() - 1; k >= 0; k--) {
            Block b = u.blocks.get(k);
            while (b.next != null && b.next.size() == 0) b.next = b.next.next;
        }
        for (int k = u.blocks.size() - 1; k >= 0; k--) {
            Block b = u.blocks.get(k);
            if (!b.nofallthrough && b.next != null && b.size() > 0 && isExitWithoutLineno(b.next)) {
                b.last().copyLocTo(b.next.get(0));
            }
        }
    }

    static void propagateLineNumbers(Block entry) {
        for (Block b = entry; b != null; b = b.next) {
            if (b.size() == 0) continue;
            Instr prev = new Instr(0, 0, null, -1, -1, -1, -1);
            for (Instr i : b.instrs) {
                if (i.lineno < 0) prev.copyLocTo(i);
                else i.copyLocTo(prev);
            }
            if (!b.nofallthrough && b.next.predecessors == 1 && b.next.get(0).lineno < 0) {
                prev.copyLocTo(b.next.get(0));
            }
            Instr last = b.last();
            if (isJump(last) && last.target.predecessors == 1 && last.target.get(0).lineno < 0) {
                prev.copyLocTo(last.target.get(0));
            }
        }
    }

    static void guaranteeLinenoForExits(Block entry, int firstlineno) {
        int lineno = firstlineno;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            if (last.lineno < 0) {
                if (last.opcode == RETURN_VALUE) {
                    for (Instr i : b.instrs) i.lineno = lineno;
                }
            } else {
                lineno = last.lineno;
            }
        }
    }

    // ---- stack depth and exception handlers ---------------------------------------------------------

    static int stackDepth(Unit u, Block entry, boolean generator) {
        for (Block b : u.blocks) b.startDepth = Integer.MIN_VALUE;
        Deque<Block> stack = new ArrayDeque<>();
        int max = 0;
        push(stack, entry, generator ? 1 : 0);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            int depth = b.startDepth;
            Block next = b.next;
            for (Instr in : b.instrs) {
                int effect = stackEffect(in.opcode, in.oparg, 0);
                int newDepth = depth + effect;
                max = Math.max(max, newDepth);
                if (isJump(in) || isBlockPush(in)) {
                    int targetDepth = depth + stackEffect(in.opcode, in.oparg, 1);
                    max = Math.max(max, targetDepth);
                    push(stack, in.target, targetDepth);
                }
                depth = newDepth;
                int op = in.opcode;
                if (op == JUMP_NO_INTERRUPT || op == JUMP || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE) {
                    next = null;
                    break;
                }
            }
            if (next != null) push(stack, next, depth);
        }
        return max;
    }

    private static void push(Deque<Block> stack, Block b, int depth) {
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    /** Gives every instruction its exception handler (label_exception_targets). */
    static void labelExceptionTargets(Block entry) {
        for (Block b = entry; b != null; b = b.next) b.visited = false;
        Deque<Block> todo = new ArrayDeque<>();
        entry.visited = true;
        entry.exceptStack = new Block[1];
        entry.exceptDepth = 0;
        todo.push(entry);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            Block[] stack = b.exceptStack;
            int depth = b.exceptDepth;
            b.exceptStack = null;
            Block handler = stack[depth];
            for (int idx = 0; idx < b.size(); idx++) {
                Instr in = b.get(idx);
                if (isBlockPush(in)) {
                    if (!in.target.visited) {
                        in.target.exceptStack = stack.clone();
                        in.target.exceptDepth = depth;
                        in.target.visited = true;
                        todo.push(in.target);
                    }
                    if (in.opcode == SETUP_WITH || in.opcode == SETUP_CLEANUP) in.target.preserveLasti = true;
                    depth++;
                    if (depth >= stack.length) stack = java.util.Arrays.copyOf(stack, depth + 4);
                    stack[depth] = in.target;
                    handler = in.target;
                } else if (in.opcode == POP_BLOCK) {
                    depth--;
                    handler = stack[depth];
                } else if (isJump(in)) {
                    in.except = handler;
                    if (!in.target.visited) {
                        in.target.exceptStack = stack.clone();
                        in.target.exceptDepth = depth;
                        in.target.visited = true;
                        todo.push(in.target);
                    }
                } else {
                    in.except = handler;
                }
            }
            if (!b.nofallthrough && !b.next.visited) {
                b.next.exceptStack = stack;
                b.next.exceptDepth = depth;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    static void convertExceptionHandlersToNops(Block entry) {
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (isBlockPush(i) || i.opcode == POP_BLOCK) i.opcode = NOP;
            }
        }
    }

    /** Removes trailing constants no instruction uses (the first, a possible docstring, stays). */
    static void trimUnusedConsts(Block entry, List<PyObject> consts) {
        int max = 0;
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if ((i.opcode == LOAD_CONST || i.opcode == KW_NAMES) && i.oparg > max) max = i.oparg;
            }
        }
        while (consts.size() > max + 1) consts.remove(consts.size() - 1);
    }

    static PyTuple tupleOf(List<PyObject> items) {
        return PyTuple.of(items.toArray(new PyObject[0]));
    }
}
