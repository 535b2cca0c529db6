# "Did you mean" suggestions for NameError, AttributeError and ImportError in printed tracebacks.
import sys

def report(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, None)

class Point:
    def __init__(self):
        self.horizontal = 1
        self.vertical = 2
    def distance(self):
        return 0

def local_name():
    counter = 1
    return countr

def global_name():
    return Pointt

def builtin_name():
    return lenn([])

def attribute():
    return Point().horizontl

def method():
    return Point().distanse()

def module_attr():
    return sys.maxsiz

def nothing_close():
    return Point().zzzzzzzzzzzzz

def import_from():
    from os import pathh

def self_attr():
    class Holder:
        def __init__(self):
            self.value = 1
        def get(self):
            return value
    return Holder().get()

def unbound():
    x = y
    y = 1

for f in [local_name, global_name, builtin_name, attribute, method, module_attr, nothing_close,
          import_from, self_attr, unbound]:
    report(f)
e = NameError("custom", name="lenn")
sys.excepthook(NameError, e, None)
a = AttributeError("custom", name="horizontl", obj=Point())
sys.excepthook(AttributeError, a, None)
