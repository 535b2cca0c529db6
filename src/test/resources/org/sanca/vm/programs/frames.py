try:
    from sys import _getframe
except ImportError:
    pass
def inner(a, b=2):
    c = a + b
    f = _getframe()
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(sorted((k, type(v).__name__) for k, v in f.f_locals.items()))
    print(_getframe(1).f_code.co_name, _getframe(2).f_code.co_name)
    print(f.f_lasti > 0, f.f_globals is _getframe(2).f_globals, f.f_back.f_back.f_back)
    return f
def outer():
    x = 'cellvar'
    def uses(): return x
    fr = inner(1)
    print(sorted(_getframe().f_locals))
    return fr
done = outer()
print(done.f_back.f_code.co_name, done.f_lineno)
def gen():
    yield _getframe().f_back.f_code.co_name
    yield 2
g = gen()
print(g.gi_frame.f_lineno, next(g), g.gi_frame.f_lineno, g.gi_frame.f_back)
class K:
    loc = _getframe().f_locals
    loc['injected'] = 1
print(K.injected, _getframe().f_locals is _getframe().f_globals)
