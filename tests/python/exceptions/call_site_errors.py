# Call-site errors raised while building arguments: duplicate keywords from ** merges,
# non-mapping and non-iterable unpacking, non-string keywords, non-callables.
def attempt(thunk):
    try:
        thunk()
        print("ok")
    except TypeError as e:
        print(e)

def f(*args, **kwargs):
    return args, kwargs

class C:
    def m(self, a):
        pass

attempt(lambda: f(**{"a": 1}, **{"a": 2}))
attempt(lambda: f(a=1, **{"a": 2}))
attempt(lambda: f(**{"a": 1}, a=2))
attempt(lambda: C().m(**{"a": 1}, **{"a": 2}))
attempt(lambda: f(**[1]))
attempt(lambda: f(**None))
attempt(lambda: C().m(**5))
attempt(lambda: f(*None))
attempt(lambda: f(*5, *[1]))
attempt(lambda: C().m(*1.5))
attempt(lambda: f(**{1: 2}))
attempt(lambda: f(**{"a": 1}, **{2: 3}))
attempt(lambda: 5())
attempt(lambda: "x"(1))
attempt(lambda: None(a=1))
attempt(lambda: C()())
class Mapping:
    def keys(self):
        return ["k"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))
class BadIter:
    def __iter__(self):
        raise TypeError("custom iter failure")
attempt(lambda: f(*BadIter()))
def gen():
    raise TypeError("raised by the generator")
    yield
attempt(lambda: f(*gen()))
print(f(*"ab", *(1,), **{"x": 1}, y=2))
