# the builtins' introspection: __name__, __qualname__, __module__, __text_signature__, __self__, reprs and the builtins module's names
import builtins
names = ['abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'compile', 'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr',
         'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'len', 'locals', 'max', 'min', 'next', 'oct',
         'ord', 'pow', 'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', '__import__', 'aiter', 'anext', 'breakpoint', '__build_class__']
for n in names:
    f = getattr(builtins, n)
    print(n, f.__name__, f.__qualname__, f.__module__, type(f).__name__, f.__text_signature__, f.__self__ is builtins)
types_ = [bool, bytearray, bytes, classmethod, complex, dict, enumerate, filter, float, frozenset, int, list, map, memoryview, object,
          property, range, reversed, set, slice, staticmethod, str, super, tuple, type, zip]
for t in types_:
    print(t.__name__, t.__module__, t.__qualname__, type(t).__name__, callable(t))
print(repr(len), repr(abs), repr(int), repr(builtins.open)[:30])
print([n for n in dir(builtins) if n[0].islower() and callable(getattr(builtins, n)) and n not in names and not isinstance(getattr(builtins, n), type)])
print(sorted(n for n in dir(builtins) if n.endswith('Error'))[:20])
