package org.sanca.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Small programs run end to end; every expected output was printed by CPython 3.11.7. */
class EvalTest {
    private static void check(String expected, String source) {
        assertEquals(expected, VmTestSupport.run(source));
    }

    @Test
    void arithmeticAndNames() {
        check("3\n", "x = 1\ny = 2\nz = x + y\nprint(z)\n");
    }

    @Test
    void functionsAndCalls() {
        check("10.0\n", "def foo(x):\n    y = x * 2\n    return bar(y)\ndef bar(x):\n    return x / 2\nprint(foo(10))\n");
    }
}
