# Which dunders each built-in exception class defines in its own __dict__, and dir() of instances.
import builtins
names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    t = getattr(builtins, n)
    own = sorted(k for k in t.__dict__ if k != "__doc__")
    print(n, t.__name__, own, [b.__name__ for b in t.__bases__])
print(sorted(dir(ValueError())))
print(sorted(set(dir(OSError(1, "x"))) - set(dir(Exception()))))
print(ValueError.__init__ is Exception.__init__, ValueError.__new__ is BaseException.__new__)
print(type(OSError.__dict__["errno"]).__name__ in ("member_descriptor", "getset_descriptor"))
