# Dataclass-like classes built by hand: exec of generated methods, type() with the namespace, field defaults.
def make_class(name, fields):
    ns = {}
    args = ", ".join(fields)
    body = "\n".join(f"    self.{f} = {f}" for f in fields) or "    pass"
    exec(f"def __init__(self, {args}):\n{body}", ns)
    exec("def __repr__(self):\n    return f'{type(self).__name__}(' + ', '.join(f'{k}={getattr(self, k)!r}' for k in self.__fields__) + ')'", ns)
    exec("def __eq__(self, o):\n    return type(o) is type(self) and all(getattr(self, k) == getattr(o, k) for k in self.__fields__)", ns)
    cls = type(name, (), {"__fields__": tuple(fields), **ns})
    return cls
P = make_class("P", ["x", "y"])
p = P(1, "a")
print(p, p == P(1, "a"), p == P(2, "a"), P.__hash__, P.__init__.__qualname__)
try:
    P(1)
except TypeError as e:
    print(e)
class Field:
    def __init__(self, default): self.default = default
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.name, self.default)
    def __set__(self, obj, v): setattr(obj, self.name, v)
class Rec:
    a = Field(1)
    b = Field("b")
    def __init_subclass__(cls, **kw): cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
class R2(Rec):
    c = Field(None)
r = R2(); r.c = 3
print(R2.fields, r.a, r.b, r.c, vars(r), R2.c.name)
