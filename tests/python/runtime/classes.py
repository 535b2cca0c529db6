# __build_class__: metaclasses, class bodies, inheritance and super().
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta, tag="first"):
    """Doc of A."""
    def hello(self):
        return "A.hello"


class B(A):
    def hello(self):
        return "B+" + super().hello()


print(A.tag, B.tag, type(A).__name__, A.__doc__, B.__doc__)
print(B().hello(), B.__mro__ == (B, A, object), B.__bases__, A.__name__, A.__qualname__)


class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = kw.get("name", cls.__name__)


class Child(Base, name="kid"):
    pass


print(Child.registered)


class Desc:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, typ=None):
        return "desc:" + self.name


class Host:
    attr = Desc()


print(Host().attr, Host.__module__)


class Outer:
    class Inner:
        pass


print(Outer.Inner.__qualname__, repr(Outer.Inner)[:30])
C = type("C", (object,), {"v": 1})
print(C.v, C.__name__)
