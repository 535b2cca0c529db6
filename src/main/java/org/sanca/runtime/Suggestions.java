package org.sanca.runtime;

import org.sanca.vm.PyFrame;
import org.sanca.vm.PyTraceback;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.sanca.objects.Abstract;
import org.sanca.objects.PyBaseException;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyExc;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;

/**
 * The "Did you mean: 'x'?" hint of NameError and AttributeError reports: the closest name by
 * a Levenshtein distance where case changes cost less than other edits.
 * CPython: Python/suggestions.c.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The suggestion for an exception, or null. */
    static String offer(PyObject exc) {
        try {
            if (exc.type() == PyExc.AttributeError) {
                return forAttributeError(exc);
            }
            if (exc.type() == PyExc.NameError) {
                return forNameError((PyBaseException) exc);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String forAttributeError(PyObject exc) {
        PyObject name = Abstract.lookupAttr(exc, "name");
        PyObject obj = Abstract.lookupAttr(exc, "obj");
        if (!(name instanceof PyStr n) || obj == null) {
            return null;
        }
        PyObject dirFunc = Abstract.lookupSpecial(obj, PyStr.of("__dir__"));
        if (dirFunc == null) {
            return null;
        }
        PyObject names = org.sanca.objects.PyList.fromIterable(Abstract.call(dirFunc));
        Abstract.callMethod(names, "sort");
        return calculate(strings(names), n.asString());
    }

    private static String forNameError(PyBaseException exc) {
        PyObject name = Abstract.lookupAttr(exc, "name");
        if (!(name instanceof PyStr n) || !(exc.traceback instanceof PyTraceback tb)) {
            return null;
        }
        while (tb.getNext() != null) {
            tb = tb.getNext();
        }
        PyFrame frame = tb.getFrame();
        String s = calculate(List.of(frame.getCode().getVarnames()), n.asString());
        if (s == null) {
            s = calculate(strings(frame.getGlobals()), n.asString());
        }
        if (s == null) {
            s = calculate(strings(frame.getBuiltins()), n.asString());
        }
        return s;
    }

    private static List<String> strings(PyObject iterable) {
        List<String> out = new ArrayList<>();
        if (iterable == null) {
            return out;
        }
        PyObject it = Abstract.getIter(iterable instanceof PyDict d ? d : iterable);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            out.add(item instanceof PyStr s ? s.asString() : null);
        }
        return out;
    }

    static String calculate(List<String> dir, String name) {
        if (dir.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int bestDistance = Integer.MAX_VALUE;
        String best = null;
        for (String item : dir) {
            if (item == null || item.equals(name)) {
                continue;
            }
            byte[] itemBytes = item.getBytes(StandardCharsets.UTF_8);
            int maxDistance = (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int distance = levenshtein(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance) {
                continue;
            }
            if (best == null || distance < bestDistance) {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int la = a >= 'A' && a <= 'Z' ? a + 32 : a;
        int lb = b >= 'A' && b <= 'Z' ? b + 32 : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    static int levenshtein(byte[] a0, byte[] b0, int maxCost) {
        int aStart = 0, bStart = 0, aEnd = a0.length, bEnd = b0.length;
        while (aStart < aEnd && bStart < bEnd && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a0[aEnd - 1] == b0[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart, bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = a0, b = b0;
        if (bSize < aSize) {
            a = b0;
            b = a0;
            int t = aStart; aStart = bStart; bStart = t;
            t = aSize; aSize = bSize; bSize = t;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        for (int i = 0; i < aSize; i++) {
            buffer[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < aSize; index++) {
                int substitute = distance + substitutionCost(code, a[aStart + index]);
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
