package org.sanca.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * str/bytes hashes (SipHash-1-3 keyed from PYTHONHASHSEED) and the set order they give, run in a child
 * JVM per seed because the key is read once from the environment; expected values from python3
 * (one set built by add() in order, one by set().update(frozenset), which copies table order).
 */
class HashSeedTest {
    /** Prints the probe values, as the python3 one-liner in the test does. */
    public static void main(String[] args) {
        PyObject[] strs = {PyStr.of("a"), PyStr.of(""), PyStr.of("hello world!"), PyStr.of("\u00e9"), PyStr.of("\u20acuro"),
            PyStr.of("\uD83D\uDE00x")};
        PyList out = new PyList();
        for (PyObject s : strs) out.append(PyInt.of(Abstract.hash(s)));
        out.append(PyInt.of(Abstract.hash(PyBytes.of("abc".getBytes(StandardCharsets.US_ASCII)))));
        PySet set = new PySet();
        for (String c : new String[] {"a", "b", "c", "d", "e", "f", "g"}) set.addItem(PyStr.of(c));
        out.append(PyList.fromIterable(set));
        PySet merged = new PySet();
        Abstract.callMethod(merged, "update", PyFrozenSet.of(PyStr.of("a"), PyStr.of("b"), PyStr.of("c"), PyStr.of("d"),
                PyStr.of("e"), PyStr.of("f"), PyStr.of("g")));
        out.append(PyList.fromIterable(merged));
        System.out.println(Abstract.repr(out).value);
    }

    private static String run(String seed) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HashSeedTest.class.getName());
        pb.environment().put("PYTHONHASHSEED", seed);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }

    @Test
    void seedZero() throws Exception {
        assertEquals("[4644417185603328019, 0, 839851713330019024, 6047309291227476195, 7542247858446192590, "
                + "-8926728262118538918, -4594863902769663758, ['d', 'f', 'g', 'b', 'c', 'a', 'e'], ['d', 'c', 'f', 'a', 'g', 'e', 'b']]", run("0"));
    }

    @Test
    void seedFortyTwo() throws Exception {
        assertEquals("[-123207753977932514, 0, -8695723632380824742, 5653850369683463245, 6573934580854229043, "
                + "-7412435959675129227, 3869580338025362921, ['c', 'e', 'b', 'f', 'd', 'g', 'a'], ['c', 'g', 'e', 'b', 'f', 'a', 'd']]", run("42"));
    }
}
