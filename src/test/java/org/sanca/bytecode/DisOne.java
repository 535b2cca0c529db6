package org.sanca.bytecode;

/** Prints the disassembly of a committed snippet (debugging aid). */
public final class DisOne {
    private DisOne() {}

    public static void main(String[] args) throws Exception {
        System.out.print(Disassembler.dis(TestCompile.snippet(args[0]), o -> o instanceof org.sanca.objects.PyCode c
                ? "<code object " + c.getName() + " at 0xADDR, file \"" + c.getFilename() + "\", line " + c.getFirstlineno() + ">"
                : org.sanca.compiler.TestAccess.repr(o)));
    }
}
