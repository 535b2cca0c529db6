# __doc__ of the builtin functions, the builtin types, their methods and
# descriptors, reached the ways programs reach them: through the type, through
# an instance (bound methods, method-wrappers), and for Python classes.
import builtins
import types

DESCRIPTORS = (types.BuiltinFunctionType, types.MethodDescriptorType, types.WrapperDescriptorType,
               types.GetSetDescriptorType, types.MemberDescriptorType, types.ClassMethodDescriptorType)


def digest(d):
    if not isinstance(d, str):
        return repr(d)
    return "%d %r" % (len(d), d.splitlines()[0][:60] if d else "")


count = 0
for name in sorted(dir(builtins)):
    if name.startswith("__"):
        continue
    v = getattr(builtins, name)
    if isinstance(v, types.BuiltinFunctionType):
        print(name, digest(v.__doc__))
        count += 1
    elif isinstance(v, type):
        print(name, digest(v.__doc__))
        for attr in sorted(dir(v)):
            if attr in ("__init_subclass__", "__sizeof__") or not hasattr(v, attr):
                continue
            d = getattr(v, attr)
            if isinstance(d, DESCRIPTORS):
                print(" ", attr, digest(d.__doc__))
                count += 1
print(count)

for obj in [(1).__add__, [].append, "x".upper, {}.get, b"".hex, (1.5).hex, int.from_bytes, dict.fromkeys,
            abs.__call__, object().__str__, len.__call__]:
    print(type(obj).__name__, digest(obj.__doc__))
for t in [types.FunctionType, types.GeneratorType, types.CodeType, types.ModuleType, types.MethodType,
          type(None), type(NotImplemented), type(...), types.CellType, types.FrameType, types.TracebackType]:
    print(t.__name__, digest(t.__doc__))


class C:
    "class doc"

    def m(self):
        "method doc"

    @property
    def p(self):
        "property doc"


class D(C):
    pass


import math
import time
print(digest(math.sqrt.__doc__), digest(math.isqrt.__doc__), digest(time.time.__doc__), digest(time.strftime.__doc__))
print(C.__doc__, D.__doc__, C.m.__doc__, C().m.__doc__, C.p.__doc__, type(C()).__doc__)
