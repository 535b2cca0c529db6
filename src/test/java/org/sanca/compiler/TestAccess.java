package org.sanca.compiler;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sanca.ast.ModTy;
import org.sanca.objects.PyCode;

/** Lets tests in other packages compile a serialised AST (test helper). */
public final class TestAccess {
    private TestAccess() {}

    /** repr() of a constant, as the test code dumper writes it. */
    public static String repr(org.sanca.objects.PyObject o) {
        return CodeDump.repr(o);
    }

    public static PyCode compileAst(Path ast, String filename) throws Exception {
        ModTy mod = (ModTy) AstReader.read(Files.readString(ast));
        return Compiler.compile(mod, filename, Compiler.Mode.EXEC, 0, 0);
    }
}
