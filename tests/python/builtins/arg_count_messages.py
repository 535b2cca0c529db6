# every builtin function called with no arguments, too many arguments and an unknown keyword: CPython's exact messages
import builtins
skip = {'breakpoint', 'input', 'print', 'globals', 'locals', 'dir', 'vars', 'help', 'exit', 'quit', 'copyright', 'credits', 'license', 'open', '__build_class__'}
funcs = sorted(n for n in dir(builtins) if type(getattr(builtins, n)).__name__ == 'builtin_function_or_method' and n not in skip)
def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
for n in funcs:
    f = getattr(builtins, n)
    attempt(n + '()', f)
    attempt(n + '(1,2,3,4,5,6,7,8)', f, 1, 2, 3, 4, 5, 6, 7, 8)
    attempt(n + '(1, bogus=1)', f, 1, bogus=1)
for t in [bool, bytearray, bytes, complex, dict, filter, float, frozenset, int, list, map, memoryview, object, range, reversed, set, slice, str, tuple, zip, type, super, property, classmethod, staticmethod]:
    attempt(t.__name__ + '(1,2,3,4,5,6,7,8)', t, 1, 2, 3, 4, 5, 6, 7, 8)
    attempt(t.__name__ + '(bogus=1)', t, bogus=1)
attempt('enumerate(1,2,3,4,5,6,7,8)', enumerate, 1, 2, 3, 4, 5, 6, 7, 8)
attempt('print(bogus=1)', print, bogus=1)
attempt('print(sep=1)', print, sep=1)
attempt('globals(1)', globals, 1)
attempt('locals(1)', locals, 1)
attempt('vars(1, 2)', vars, 1, 2)
attempt('dir(1, 2)', dir, 1, 2)
attempt('input(1, 2)', input, 1, 2)
attempt('globals(x=1)', globals, x=1)
