# Calling a generator's __del__ closes it; an error is reported as unraisable, never raised.
def g():
    try:
        yield 1
    except GeneratorExit:
        yield 2
x = g()
next(x)
x.__del__()
print("after")
def h():
    try:
        yield 1
    finally:
        print("h finally")
y = h()
next(y)
y.__del__()
print(y.gi_frame)
