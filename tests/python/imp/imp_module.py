# _imp as importlib uses it, and the modules that need it: importlib,
# inspect, dataclasses, pprint.
import _imp

print(_imp.is_builtin('sys'), _imp.is_builtin('builtins'), _imp.is_builtin('_imp'), _imp.is_builtin('json'))
print(_imp.is_frozen('no_such_module'), _imp.find_frozen('no_such_module'), _imp.check_hash_based_pycs)
print(_imp.lock_held())
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print(e)
print(_imp.source_hash(1, b'abc').hex(), _imp.source_hash(-7, b'hello world, hash me').hex())
print(_imp.source_hash(2**40, memoryview(b'view')).hex())
for bad in [lambda: _imp.source_hash(2**63 + 5, b'x'), lambda: _imp.get_frozen_object('nope'),
            lambda: _imp.is_builtin(3), lambda: _imp.is_frozen_package('zz')]:
    try:
        bad()
    except (TypeError, ImportError, OverflowError) as e:
        print(type(e).__name__, e, getattr(e, 'name', '-'))
c = compile('def g():\n  return 1\n', '/old/path.py', 'exec')
_imp._fix_co_filename(c, '/new/path.py')
print(c.co_filename, c.co_consts[0].co_filename)

import importlib
import importlib.machinery
import importlib.util
print(importlib.util.resolve_name('.x', 'pkg'), importlib.util.cache_from_source('/a/b.py')[:16])
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)

import dataclasses
import inspect


@dataclasses.dataclass(order=True)
class P:
    x: int
    y: int = 2
    tags: list = dataclasses.field(default_factory=list)


print(P(1), P(1) < P(2), inspect.signature(P), dataclasses.fields(P)[1].default, dataclasses.asdict(P(3, 4, ['t'])))


def f(a, b=1, *c, d, **e):
    "doc of f"


print(inspect.signature(f), inspect.getfullargspec(f).args, inspect.getdoc(f), inspect.isfunction(f))
import pprint
pprint.pprint({'b': [1, 2, {'z': 3}], 'a': 'x' * 3, 'c': list(range(30))})
