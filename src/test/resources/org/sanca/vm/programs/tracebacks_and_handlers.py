def tbinfo(e):
    out = []
    t = e.__traceback__
    while t is not None:
        out.append((t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_lasti))
        t = t.tb_next
    return out
def a():
    b()
def b():
    raise ValueError('deep')
try:
    a()
except ValueError as e:
    print(tbinfo(e))
def reraiser():
    try:
        a()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print(tbinfo(e))
def g():
    yield 1
    raise KeyError('in gen')
try:
    for v in g():
        pass
except KeyError as e:
    print(tbinfo(e))
def ctx_gen():
    try:
        raise TypeError('inner')
    except TypeError:
        yield 'handling'
        raise
cg = ctx_gen()
print(next(cg))
try:
    raise IndexError('outer')
except IndexError:
    try:
        next(cg)
    except TypeError as e:
        print('gen raised', repr(e), repr(e.__context__))
try:
    try:
        raise KeyError('x')
    except KeyError as e:
        raise e
except KeyError as e2:
    print(len(tbinfo(e2)))
def thrower():
    try:
        yield
    except ValueError as e:
        print('gen got', repr(e), len(tbinfo(e)))
        yield 'ok'
t = thrower(); next(t)
print(t.throw(ValueError, ValueError('v')))
print(t.throw(ValueError('w')) if False else 'skip')
e = None
try:
    1/0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(ne)
def nested_finally():
    try:
        try:
            return 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_finally())
def loop_try():
    total = 0
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            total += i
        except ValueError as ex:
            total += 100
        else:
            total += 1000
    return total
print(loop_try())
