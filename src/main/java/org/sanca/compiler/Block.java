package org.sanca.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block of the control flow graph: straight-line instructions, the block control
 * falls through to (next), and the bookkeeping of the optimisation and assembly passes.
 * CPython: Python/compile.c (basicblock).
 */
final class Block {
    final List<Instr> instrs = new ArrayList<>();
    Block next;
    int offset;
    int startDepth;
    int predecessors;
    boolean nofallthrough, preserveLasti, visited, exit, isReturn;
    /** The exception handler stack at the start of the block (label_exception_targets). */
    Block[] exceptStack;
    int exceptDepth;

    int size() {
        return instrs.size();
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    Instr get(int i) {
        return instrs.get(i);
    }
}
