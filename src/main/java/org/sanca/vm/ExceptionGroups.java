package org.sanca.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyList;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyTuple;

/**
 * except* support: matching an exception (group) against a type, and choosing what to re-raise
 * after the except* clauses ran.
 * CPython: Python/ceval.c (exception_group_match, check_except_star_type_valid) and
 * Objects/exceptions.c (_PyExc_PrepReraiseStar).
 */
final class ExceptionGroups {
    private ExceptionGroups() {}

    /** CHECK_EG_MATCH: exc, type -> exc, None | rest, match (match becomes the handled exception). */
    static void checkEgMatch(ThreadState ts, PyObject[] s, int sp) {
        PyObject type = s[sp - 1];
        Errors.checkExceptStarType(type);
        PyObject exc = s[sp - 2];
        PyObject match;
        PyObject rest;
        if (exc == Py.None) {
            match = rest = Py.None;
        } else if (Errors.isInstance(exc, type)) {
            match = Errors.isExceptionGroup(exc) ? exc : Errors.wrapInGroup(exc);
            rest = Py.None;
        } else if (Errors.isExceptionGroup(exc)) {
            PyTuple pair = (PyTuple) Abstract.callMethod(exc, "split", type);
            match = pair.get(0);
            rest = pair.get(1);
        } else {
            match = rest = Py.None;
        }
        if (match == Py.None) {
            s[sp - 1] = Py.None;
            return;
        }
        s[sp - 2] = rest;
        s[sp - 1] = match;
        ts.setHandled(match);
    }

    /**
     * PREP_RERAISE_STAR: orig, list of what each except* clause raised (None if nothing) -> the
     * exception to raise, or None. Re-raised parts keep orig's nesting; new ones are grouped with them.
     */
    static PyObject prepReraiseStar(PyObject orig, PyObject excs) {
        List<PyObject> raised = new ArrayList<>();
        for (PyObject e : ((PyList) excs).toArray()) {
            if (e != Py.None) raised.add(e);
        }
        if (raised.isEmpty()) return Py.None;
        if (!Errors.isExceptionGroup(orig)) return raised.get(0);
        Map<PyObject, Boolean> origLeaves = new IdentityHashMap<>();
        collectLeaves(orig, origLeaves);
        List<PyObject> fresh = new ArrayList<>();
        Map<PyObject, Boolean> reraisedLeaves = new IdentityHashMap<>();
        for (PyObject e : raised) {
            Map<PyObject, Boolean> leaves = new IdentityHashMap<>();
            collectLeaves(e, leaves);
            if (origLeaves.keySet().containsAll(leaves.keySet())) {
                reraisedLeaves.putAll(leaves);
            } else {
                fresh.add(e);
            }
        }
        PyObject kept = reraisedLeaves.isEmpty() ? null : Errors.projectGroup(orig, reraisedLeaves.keySet());
        if (fresh.isEmpty()) return kept == null ? Py.None : kept;
        if (kept != null) fresh.add(kept);
        if (fresh.size() == 1) return fresh.get(0);
        return Errors.newExceptionGroup("", fresh);
    }

    private static void collectLeaves(PyObject e, Map<PyObject, Boolean> out) {
        if (Errors.isExceptionGroup(e)) {
            for (PyObject c : Errors.groupExceptions(e)) collectLeaves(c, out);
        } else {
            out.put(e, Boolean.TRUE);
        }
    }
}
