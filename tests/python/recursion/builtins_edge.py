"""Which call at the edge of the recursion limit raises RecursionError, and so its message: builtins and methods
CPython guards (METH_O, METH_NOARGS, METH_VARARGS, classes), print, repr, str, format and comparisons."""
import sys


class C:
    pass


CALLS = {
    'abs': 'abs(1)', 'ascii': 'ascii(1)', 'chr': 'chr(65)', 'hash': 'hash(1)', 'id': 'id(1)', 'len': 'len([])',
    'repr': 'repr(1)', 'max': 'max(1, 2)', 'min': 'min(1, 2)', 'sorted': 'sorted([])', 'sum': 'sum([])',
    'isinstance': 'isinstance(1, int)', 'getattr': 'getattr(1, "real")',
    'format': 'format(1)', 'round': 'round(1.5)', 'globals': 'globals()', 'list': 'list()', 'dict': 'dict()',
    'str': 'str(1)', 'int': 'int("1")', 'float': 'float(1)', 'type': 'type(1)', 'object': 'object()', 'C()': 'C()',
    'bytes': 'bytes()', 'slice': 'slice(1)', 'set.add': 'set().add(1)', 'str.upper': '"a".upper()',
    'dict.keys': '{}.keys()', 'list.copy': '[].copy()', 'list.pop': '[1].pop()', 'dict.get': '{}.get(1)',
    'f-string': 'f"{1}"', '< str': '"a" < "b"', 'int+': '1 + 2', 'list[]': '[1][0]', 'repr(C())': 'repr(C())',
}


def make(expr):
    ns = {'C': C}
    exec('def f(n):\n    global maxd\n    maxd = n\n    %s\n    f(n + 1)\n' % expr, ns)
    return ns


for limit in (100, 1000):
    sys.setrecursionlimit(limit)
    for name, expr in CALLS.items():
        ns = make(expr)
        ns['maxd'] = 0
        try:
            ns['f'](1)
        except RecursionError as e:
            print(limit, name, ns['maxd'], e)
