package org.sanca.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyList;
import org.sanca.objects.PyBaseException;
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
     * PREP_RERAISE_STAR: orig, list of what each except* clause raised (None if nothing) plus
     * the unmatched rest -> the exception to raise, or None. An item with orig's traceback, cause,
     * context is a re-raise: those keep orig's nesting (its projection); the others are
     * grouped with it in a new ExceptionGroup("").
     */
    static PyObject prepReraiseStar(PyObject orig, PyObject excs) {
        PyObject[] items = ((PyList) excs).toArray();
        if (!Errors.isExceptionGroup(orig)) return items.length > 0 ? items[0] : Py.None;
        List<PyObject> raised = new ArrayList<>();
        Map<PyObject, Boolean> reraisedLeaves = new IdentityHashMap<>();
        for (PyObject e : items) {
            if (e == Py.None) continue;
            if (sameMetadata(e, orig)) {
                collectLeaves(e, reraisedLeaves);
            } else {
                raised.add(e);
            }
        }
        PyObject kept = reraisedLeaves.isEmpty() ? null : Errors.projectGroup(orig, reraisedLeaves.keySet());
        if (raised.isEmpty()) return kept == null ? Py.None : kept;
        if (kept != null) raised.add(kept);
        if (raised.size() == 1) return raised.get(0);
        return Errors.newExceptionGroup("", raised);
    }

    /**
     * is_same_exception_metadata: the same traceback, cause and context objects (3.11 keeps
     * __notes__ in the instance dict, so the notes field it also compares is always empty).
     */
    private static boolean sameMetadata(PyObject a, PyObject b) {
        if (!(a instanceof PyBaseException x) || !(b instanceof PyBaseException y)) return false;
        return x.traceback == y.traceback && x.cause == y.cause && x.context == y.context;
    }

    private static void collectLeaves(PyObject e, Map<PyObject, Boolean> out) {
        if (Errors.isExceptionGroup(e)) {
            for (PyObject c : Errors.groupExceptions(e)) collectLeaves(c, out);
        } else {
            out.put(e, Boolean.TRUE);
        }
    }
}
