# A bare raise with no active exception.
def f():
    raise

f()
