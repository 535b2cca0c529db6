package org.sanca.modules;

import java.util.Map;

import org.sanca.objects.PyBuiltinFunction;
import org.sanca.objects.PyDict;
import org.sanca.objects.PyStr;

/**
 * The __text_signature__ of the builtins module's functions, as 3.11's Argument Clinic declares them (inspect reads
 * them); dir, getattr, iter, max, min, next, vars, breakpoint and __build_class__ have none, as in CPython.
 * CPython: Python/clinic/bltinmodule.c.h.
 */
final class BuiltinsSignatures {
    private BuiltinsSignatures() {}

    private static final Map<String, String> SIGNATURES = Map.ofEntries(
        Map.entry("__import__", "($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)"),
        Map.entry("abs", "($module, x, /)"),
        Map.entry("aiter", "($module, async_iterable, /)"),
        Map.entry("all", "($module, iterable, /)"),
        Map.entry("anext", "($module, aiterator, default=<unrepresentable>, /)"),
        Map.entry("any", "($module, iterable, /)"),
        Map.entry("ascii", "($module, obj, /)"),
        Map.entry("bin", "($module, number, /)"),
        Map.entry("callable", "($module, obj, /)"),
        Map.entry("chr", "($module, i, /)"),
        Map.entry("compile", "($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)"),
        Map.entry("delattr", "($module, obj, name, /)"),
        Map.entry("divmod", "($module, x, y, /)"),
        Map.entry("eval", "($module, source, globals=None, locals=None, /)"),
        Map.entry("exec", "($module, source, globals=None, locals=None, /, *, closure=None)"),
        Map.entry("format", "($module, value, format_spec='', /)"),
        Map.entry("globals", "($module, /)"),
        Map.entry("hasattr", "($module, obj, name, /)"),
        Map.entry("hash", "($module, obj, /)"),
        Map.entry("hex", "($module, number, /)"),
        Map.entry("id", "($module, obj, /)"),
        Map.entry("input", "($module, prompt='', /)"),
        Map.entry("isinstance", "($module, obj, class_or_tuple, /)"),
        Map.entry("issubclass", "($module, cls, class_or_tuple, /)"),
        Map.entry("len", "($module, obj, /)"),
        Map.entry("locals", "($module, /)"),
        Map.entry("oct", "($module, number, /)"),
        Map.entry("open", "($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)"),
        Map.entry("ord", "($module, c, /)"),
        Map.entry("pow", "($module, /, base, exp, mod=None)"),
        Map.entry("print", "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)"),
        Map.entry("repr", "($module, obj, /)"),
        Map.entry("round", "($module, /, number, ndigits=None)"),
        Map.entry("setattr", "($module, obj, name, value, /)"),
        Map.entry("sorted", "($module, iterable, /, *, key=None, reverse=False)"),
        Map.entry("sum", "($module, iterable, /, start=0)")
    );

    /** Gives the functions in the builtins dict their signatures. */
    static void apply(PyDict d) {
        SIGNATURES.forEach((name, sig) -> {
            if (d.getItem(PyStr.of(name)) instanceof PyBuiltinFunction f) f.withTextSignature(sig);
        });
    }
}
