package org.sanca.compiler;

/**
 * One instruction of the control flow graph: opcode (real or pseudo), argument, jump target,
 * exception handler and source location.
 * CPython: Python/compile.c (struct instr).
 */
final class Instr {
    int opcode;
    int oparg;
    Block target;
    Block except;
    int lineno, endLineno, colOffset, endColOffset;

    Instr(int opcode, int oparg, Block target, int lineno, int endLineno, int colOffset, int endColOffset) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.target = target;
        this.lineno = lineno;
        this.endLineno = endLineno;
        this.colOffset = colOffset;
        this.endColOffset = endColOffset;
    }

    Instr copy() {
        Instr i = new Instr(opcode, oparg, target, lineno, endLineno, colOffset, endColOffset);
        i.except = except;
        return i;
    }

    /** COPY_INSTR_LOC(this, to). */
    void copyLocTo(Instr to) {
        to.lineno = lineno;
        to.endLineno = endLineno;
        to.colOffset = colOffset;
        to.endColOffset = endColOffset;
    }

    @Override
    public String toString() {
        String name = opcode < 0 ? "pseudo" + opcode : org.sanca.bytecode.Opcode.NAMES[opcode];
        return name + " " + oparg + " @" + lineno;
    }
}
