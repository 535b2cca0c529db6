# except clause matching: tuples, subclasses, invalid handler types, virtual subclasses.
import abc

def attempt(exc, handler):
    try:
        try:
            raise exc
        except handler as e:
            print("caught", type(e).__name__, "by", handler)
    except BaseException as outer:
        print("outer", type(outer).__name__, outer)

attempt(ValueError("v"), ValueError)
attempt(ValueError("v"), (KeyError, ValueError))
attempt(ValueError("v"), ((KeyError,), ValueError))
attempt(KeyError("k"), LookupError)
attempt(KeyError("k"), Exception)
attempt(ValueError("v"), 5)
attempt(ValueError("v"), (KeyError, 5))
attempt(ValueError("v"), "ValueError")
attempt(ValueError("v"), int)
attempt(ValueError("v"), ())
attempt(KeyboardInterrupt(), Exception)

class Meta(abc.ABCMeta):
    pass
class Virtual(Exception, metaclass=Meta):
    pass
Virtual.register(ValueError)
attempt(ValueError("v"), Virtual)

def star(exc, handler):
    try:
        try:
            raise exc
        except* handler as e:
            print("star caught", repr(e))
    except BaseException as outer:
        print("star outer", type(outer).__name__, outer)
star(ValueError("v"), 5)
star(ValueError("v"), ExceptionGroup)
star(ValueError("v"), BaseExceptionGroup)
star(ValueError("v"), (ValueError, BaseExceptionGroup))
star(ValueError("v"), (ValueError, 5))
star(ValueError("v"), int)

import sys
def info():
    return sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    print(info().__name__)
    try:
        raise ValueError
    except ValueError:
        print(info().__name__)
    print(info().__name__)
print(info())
def finally_info():
    try:
        raise KeyError
    finally:
        print("in finally", sys.exc_info()[0].__name__)
try:
    finally_info()
except KeyError:
    pass
def nested_handler():
    try:
        raise ValueError("a")
    except ValueError as e:
        pass
    try:
        e
    except NameError as n:
        print("name unbound after except:", n)
nested_handler()
