"""Writes src/main/resources/org/sanca/objects/docstrings.txt from the running
CPython 3.11 (run it with python3): the __doc__ of the functions of builtins,
math and time, of the builtin types (those in builtins and the interpreter
types of the `types` module) and of the functions and descriptors in their
__dict__. One line per key, "KEY<TAB>DOC" with backslash, newline and tab
escaped; keys are MODULE.NAME for a module function (the module it belongs to,
as 'io.open'), MODULE.NAME.__text_signature__ for a builtins function's
signature, TYPE for a type, TYPE.ATTR for an attribute of a type.
Sanca's objects.Docstrings reads it on the first __doc__ asked for.
"""
import builtins
import math
import os
import sys
import time
import types

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources",
                   "org", "sanca", "objects", "docstrings.txt")

DESCRIPTORS = (types.BuiltinFunctionType, types.MethodDescriptorType, types.WrapperDescriptorType,
               types.GetSetDescriptorType, types.MemberDescriptorType, types.ClassMethodDescriptorType)


def type_list():
    seen = {}
    for name in dir(builtins):
        v = getattr(builtins, name)
        if isinstance(v, type):
            seen[v.__name__] = v
    for name in dir(types):
        v = getattr(types, name)
        if isinstance(v, type) and v.__module__ == "builtins":
            seen.setdefault(v.__name__, v)
    return [seen[k] for k in sorted(seen)]


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def entries():
    for module in (builtins, math, time):
        for name in sorted(dir(module)):
            v = getattr(module, name)
            if isinstance(v, types.BuiltinFunctionType) and v.__doc__:
                yield v.__self__.__name__ + "." + name, v.__doc__
            if module is builtins and isinstance(v, types.BuiltinFunctionType) and v.__text_signature__:
                yield v.__self__.__name__ + "." + name + ".__text_signature__", v.__text_signature__
    for t in type_list():
        if isinstance(t.__doc__, str):
            yield t.__name__, t.__doc__
        for attr, v in sorted(vars(t).items()):
            if isinstance(v, staticmethod):
                v = v.__func__
            if isinstance(v, DESCRIPTORS) and isinstance(v.__doc__, str):
                yield t.__name__ + "." + attr, v.__doc__


with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    for key, doc in entries():
        f.write(key + "\t" + escape(doc) + "\n")
