# sorted(dir(T)) of the built-in types and exceptions issue 5 lists, and of builtins, as CPython 3.11's.
import builtins, types, sys
def gen(): yield
async def coro(): pass
async def agen(): yield
def f(): pass
class C:
    def m(self): pass
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
c = coro()
names = {
 'object': object, 'type': type, 'int': int, 'bool': bool, 'float': float, 'complex': complex, 'str': str,
 'bytes': bytes, 'bytearray': bytearray, 'memoryview': memoryview, 'tuple': tuple, 'list': list, 'dict': dict,
 'set': set, 'frozenset': frozenset, 'range': range, 'slice': slice, 'enumerate': enumerate, 'zip': zip,
 'map': map, 'filter': filter, 'reversed': reversed, 'property': property, 'classmethod': classmethod,
 'staticmethod': staticmethod, 'super': super, 'function': types.FunctionType, 'method': types.MethodType,
 'code': types.CodeType, 'cell': types.CellType, 'frame': types.FrameType, 'traceback': types.TracebackType,
 'generator': types.GeneratorType, 'coroutine': types.CoroutineType, 'async_generator': types.AsyncGeneratorType,
 'module': types.ModuleType, 'NoneType': type(None), 'NotImplementedType': type(NotImplemented), 'ellipsis': type(...),
}
c.close()
for n in dir(builtins):
    v = getattr(builtins, n)
    if isinstance(v, type) and issubclass(v, BaseException):
        names[n] = v
print('builtins', sorted(dir(builtins)))
for k, t in sorted(names.items()):
    print(k, sorted(dir(t)))
