# generator.close: GeneratorExit, finally blocks, ignoring GeneratorExit, returning from close.
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("g1 cleanup")
g = g1()
next(g)
print(g.close(), g.gi_frame)
g.close()
print(list(g))

def g2():
    try:
        yield 1
    except GeneratorExit:
        print("g2 saw GeneratorExit")
        raise
g = g2()
next(g)
g.close()

def g3():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = g3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def g4():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
g = g4()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)

def g5():
    try:
        yield 1
    except GeneratorExit:
        return "ignored return value"
g = g5()
next(g)
print(g.close())

def g6():
    yield 1
g = g6()
g.close()
print(g.gi_frame, list(g))

def g7():
    try:
        yield
    finally:
        print("never started, so no cleanup")
g = g7()
g.close()

def g8():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration
g = g8()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def g9():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print("exit at", i)
            return
g = g9()
print(next(g), next(g))
g.close()
del g

def g10():
    try:
        yield
    finally:
        yield "in finally"
g = g10()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
