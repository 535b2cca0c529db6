package org.sanca.vm;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debugging aid: runs a .py file with the test builtins and prints its output. */
final class RunFile {
    private RunFile() {}

    public static void main(String[] args) throws Exception {
        System.out.print(VmTestSupport.run(Files.readString(Path.of(args[0]))));
    }
}
