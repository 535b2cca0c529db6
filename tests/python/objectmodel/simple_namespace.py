# types.SimpleNamespace: keyword construction, attribute deletion, equality between namespaces, subclass repr.
import types, sys
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 3; del ns.a
print(ns, ns == types.SimpleNamespace(b=[2], c=3), ns != types.SimpleNamespace(), ns == 1)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
print(type(sys.implementation).__name__, type(sys.implementation) is types.SimpleNamespace)
class Sub(types.SimpleNamespace): pass
print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1), vars(Sub(y=2)))
print(types.SimpleNamespace(), types.SimpleNamespace(**{"k": "v"}).k)
