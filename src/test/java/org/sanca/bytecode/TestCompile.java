package org.sanca.bytecode;

import java.nio.file.Path;
import org.sanca.objects.PyCode;

/** Compiles a committed snippet AST (test helper). */
final class TestCompile {
    private TestCompile() {}

    static PyCode snippet(String name) throws Exception {
        return org.sanca.compiler.TestAccess.compileAst(
                Path.of("src/test/resources/compiler/snippets/" + name + ".ast"),
                "src/test/resources/compiler/snippets/" + name + ".py");
    }
}
