# which of the C types accept subclasses, and that subclass instances work and keep their own attributes
import itertools, functools, operator, _thread
names = sorted(n for n in dir(itertools) if not n.startswith("__") and isinstance(getattr(itertools, n), type))
for mod, ns in [(itertools, names), (functools, ['partial', '_lru_cache_wrapper']),
                (operator, ['itemgetter', 'attrgetter', 'methodcaller']), (_thread, ['RLock', '_local', 'LockType'])]:
    for n in ns:
        t = getattr(mod, n)
        try:
            type('Sub', (t,), {})
            ok = 'subclassable'
        except TypeError as e:
            ok = 'TypeError: ' + str(e)
        print(mod.__name__, n, t.__module__, t.__name__, ok)
class Cnt(itertools.count):
    def __next__(self):
        return super().__next__() * 10
c = Cnt(1)
print(next(c), next(c), repr(c))
class Z(itertools.zip_longest):
    pass
z = Z('ab', 'c', fillvalue='-')
z.tag = 'z'
print(list(z), z.tag, z.__dict__)
class P(functools.partial):
    def __call__(self, *a):
        return ('P', super().__call__(*a))
print(P(max, 3)(1, 5), P(max).func is max)
class G(itertools.groupby):
    pass
print([(k, list(v)) for k, v in G('aab')])
class KwChain(itertools.chain):
    def __init__(self, *its, label=None):
        self.label = label
k = KwChain('ab', [1], label='L')
print(list(k), k.label)
class NoInit(itertools.chain):
    pass
try:
    NoInit('ab', label=1)
except TypeError as e:
    print('TypeError', e)
class KwCycle(itertools.cycle):
    def __init__(self, it, times=None):
        self.times = times
print(KwCycle('ab', times=2).times)
