package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanca.ast.*;
import org.sanca.objects.PyCode;
import org.sanca.objects.PyInt;

/** Deeply nested trees: compiled up to CPython's depth, a CompileRecursionError (RecursionError) beyond. */
class CompilerLimitsTest {
    private static ModTy sum(int terms, boolean names) {
        ExprTy e = leaf(names);
        for (int i = 1; i < terms; i++) e = new BinOp(e, OperatorTy.Add, leaf(names), 1, 4, 1, 5 + 2 * i);
        List<ExprTy> targets = new ArrayList<>(List.of(new Name("x", ExprContextTy.Store, 1, 0, 1, 1)));
        List<StmtTy> body = new ArrayList<>(List.of(new Assign(targets, e, null, 1, 0, 1, 5 + 2 * terms)));
        return new org.sanca.ast.Module(body, new ArrayList<>());
    }

    private static ExprTy leaf(boolean names) {
        return names ? new Name("a", ExprContextTy.Load, 1, 4, 1, 5) : new Constant(PyInt.of(1), null, 1, 4, 1, 5);
    }

    @Test
    void longConstantSumFoldsToOneConstant() {
        // python3: compile('x = ' + '+'.join(['1'] * 2000), 's', 'exec').co_consts == (2000, None)
        PyCode c = Compiler.compile(sum(2000, false), "s", Compiler.Mode.EXEC, 0, 0);
        assertEquals(PyInt.of(2000), c.getConsts()[0]);
    }

    @Test
    void tooDeepRaisesRecursionError() {
        // python3: compile('x = ' + '+'.join(['a'] * 4000), 's', 'exec') raises
        // RecursionError: maximum recursion depth exceeded during compilation
        CompileRecursionError e = assertThrows(CompileRecursionError.class,
                () -> Compiler.compile(sum(4000, true), "s", Compiler.Mode.EXEC, 0, 0));
        assertEquals("maximum recursion depth exceeded during compilation", e.getMessage());
    }

    @Test
    void deepButAllowedCompiles() {
        PyCode c = Compiler.compile(sum(2500, true), "s", Compiler.Mode.EXEC, 0, 0);
        assertEquals("a", c.getNames()[0]);
    }
}
