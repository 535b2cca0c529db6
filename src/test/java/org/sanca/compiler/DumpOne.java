package org.sanca.compiler;

import java.nio.file.Path;

/** Prints Sanca's code dump of one file (a debugging aid for Fidelity). */
public final class DumpOne {
    private DumpOne() {}

    public static void main(String[] args) throws Exception {
        System.out.print(Fidelity.sancaDump(Path.of(args[0])));
    }
}
