# atexit: callbacks run last-first at exit with their arguments; a failing one is reported and the rest still run
import atexit


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


class Boom:
    def __call__(self):
        raise ValueError("boom in callback")

    def __repr__(self):
        return "<Boom>"


boom = Boom()


def never():
    print("never printed")


print(atexit.register(show, 1, 2, k=3) is show)
atexit.register(boom)
atexit.register(show, "second")
atexit.register(never)
atexit.register(never)
atexit.unregister(never)

try:
    atexit.register(5)
except TypeError as e:
    print("TypeError", e)
atexit.register(print, "last registered, first run")
print("main done")
