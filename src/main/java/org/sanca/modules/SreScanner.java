package org.sanca.modules;

import org.sanca.objects.Py;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;
import org.sanca.objects.Slots.MethFast;

/**
 * _sre.SRE_Scanner: successive matches of one pattern over one subject, each starting where the last
 * ended (what finditer iterates over).
 * CPython: Modules/_sre/sre.c (ScannerObject, _sre_SRE_Scanner_match_impl, _sre_SRE_Scanner_search_impl).
 */
final class SreScanner extends PyObject {
    static final PyType TYPE = new PyType("_sre.SRE_Scanner", PyType.DISALLOW_INSTANTIATION);

    private final SrePattern pattern;
    private final SrePattern.Subject subj;
    private final SreEngine state;
    private boolean exhausted;

    SreScanner(SrePattern pattern, SrePattern.Subject subj, SreEngine state) {
        this.pattern = pattern;
        this.subj = subj;
        this.state = state;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.put("__module__", PyStr.of("_sre"));
        TYPE.addMethod("match", (MethFast) (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("match", n, k);
            return ((SreScanner) s).next(false);
        });
        TYPE.addMethod("search", (MethFast) (s, a, o, n, k) -> {
            BuiltinsModule.noArgs("search", n, k);
            return ((SreScanner) s).next(true);
        });
        TYPE.addGetter("pattern", s -> ((SreScanner) s).pattern);
        TYPE.ready();
    }

    private PyObject next(boolean search) {
        if (exhausted) return Py.None;
        SreEngine e = state;
        e.reset();
        e.ptr = e.start;
        boolean found = search ? e.search() : e.match();
        PyObject m = found ? new SreMatch(pattern, subj, e) : Py.None;
        if (!found) {
            exhausted = true;
        } else {
            e.mustAdvance = e.ptr == e.start;
            e.start = e.ptr;
        }
        return m;
    }
}
