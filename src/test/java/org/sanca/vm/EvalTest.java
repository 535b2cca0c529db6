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

    @Test
    void interruptBecomesKeyboardInterruptInALoop() throws Exception {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            Interpreter.signalInterrupt();
        });
        t.start();
        check("caught\n", "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\n");
        t.join();
    }

    @Test
    void javaStackOverflowBecomesRecursionError() {
        int old = Interpreter.getRecursionLimit();
        Interpreter.setRecursionLimit(10_000_000);
        try {
            check("maximum recursion depth exceeded\n",
                    "def r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RecursionError as e:\n    print(e)\n");
        } finally {
            Interpreter.setRecursionLimit(old);
        }
    }

    @Test
    void recursionLimitCountsPythonFrames() {
        check("maximum recursion depth exceeded\n",
                "def r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RecursionError as e:\n    print(e)\n");
    }

    @Test
    void functionAndCellReprs() {
        String out = VmTestSupport.run("def f():\n    x = 1\n    def g(): return x\n    return g\n"
                + "g = f()\nprint(repr(g))\nprint(repr(g.__closure__[0]))\n");
        org.junit.jupiter.api.Assertions.assertTrue(
                out.matches("<function f\\.<locals>\\.g at 0x[0-9a-f]+>\n<cell at 0x[0-9a-f]+: int object at 0x[0-9a-f]+>\n"), out);
    }

    @Test
    void globalCacheSeesRebindingAndShadowing() {
        check("1\n2\nbuiltin\nshadow\nbuiltin\n",
                "g = 1\ndef f():\n    return g\nprint(f())\ng = 2\nprint(f())\n"
                + "def h():\n    return len\nprint('builtin' if h() is not None and h()('ab') == 2 else '?')\n"
                + "len = lambda x: 'shadow'\nprint(h()(1))\ndel len\nprint('builtin' if h()('abc') == 3 else '?')\n");
    }
}
