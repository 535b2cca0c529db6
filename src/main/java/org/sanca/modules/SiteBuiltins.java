package org.sanca.modules;

import org.sanca.objects.Abstract;
import org.sanca.objects.Py;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyList;
import org.sanca.objects.PyObject;
import org.sanca.objects.PyStr;
import org.sanca.objects.PyType;
import org.sanca.runtime.Importer;

/**
 * The builtins site.py adds at start-up (quit, exit, copyright, credits, license, help), made from
 * CPython's own _sitebuiltins module exactly as site's setquit, setcopyright and sethelper make them.
 * Sanca does not import site itself (that would put site-packages on sys.path, run .pth files and
 * cost a second of start-up); -S leaves these names out, as CPython's -S does.
 * CPython: Lib/site.py (setquit, setcopyright, sethelper).
 */
public final class SiteBuiltins {
    private SiteBuiltins() {}

    private static final String CREDITS = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
            + "    for supporting Python development.  See www.python.org for more information.";

    /** Adds the site builtins to the builtins dict, reading sys.copyright and sys._stdlib_dir. */
    public static void install(PyDict builtins, PyDict sys) {
        PyObject m = Importer.importModuleLevel("_sitebuiltins", null, null, 0);
        PyObject quitter = Abstract.getAttr(m, "Quitter"), printer = Abstract.getAttr(m, "_Printer");
        PyStr eof = PyStr.of("Ctrl-D (i.e. EOF)");
        builtins.setItem(PyStr.of("quit"), Abstract.call(quitter, PyStr.of("quit"), eof));
        builtins.setItem(PyStr.of("exit"), Abstract.call(quitter, PyStr.of("exit"), eof));
        builtins.setItem(PyStr.of("copyright"), printer(printer, "copyright", sys.getItemStr(PyStr.of("copyright")),
                new String[0]));
        builtins.setItem(PyStr.of("credits"), printer(printer, "credits", PyStr.of(CREDITS), new String[0]));
        String[] files = {};
        if (sys.getItemStr(PyStr.of("_stdlib_dir")) instanceof PyStr here && here.length() > 0) {
            String h = here.asString();
            files = new String[] {h + "/../LICENSE.txt", h + "/../LICENSE", h + "/LICENSE.txt", h + "/LICENSE",
                "./LICENSE.txt", "./LICENSE"};
        }
        builtins.setItem(PyStr.of("license"), printer(printer, "license",
                PyStr.of("See https://www.python.org/psf/license/"), files));
        builtins.setItem(PyStr.of("help"), Abstract.call(Abstract.getAttr(m, "_Helper")));
    }

    /**
     * A _Printer in the state its __init__ leaves it, with the file names os.path.join would make
     * (its __init__ imports os, which would triple Sanca's start-up time).
     */
    private static PyObject printer(PyObject cls, String name, PyObject data, String[] filenames) {
        PyObject p = Abstract.callMethod(PyType.OBJECT, "__new__", cls);
        PyList names = new PyList();
        for (String f : filenames) names.append(PyStr.of(f));
        Abstract.setAttr(p, PyStr.of("_Printer__name"), PyStr.of(name));
        Abstract.setAttr(p, PyStr.of("_Printer__data"), data);
        Abstract.setAttr(p, PyStr.of("_Printer__lines"), Py.None);
        Abstract.setAttr(p, PyStr.of("_Printer__filenames"), names);
        return p;
    }
}
