# try/except/else/finally control flow: return/break/continue in finally, exception replacement, nested handlers.
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f1():
    try:
        raise ValueError("a")
    finally:
        return "finally swallowed"
t(f1)
def f2():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "break swallowed", i
t(f2)
def f3():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
t(f3)
def f3b():
    try:
        f3()
    except TypeError as e:
        return type(e.__context__).__name__, str(e.__context__)
t(f3b)
def f4():
    try:
        return "try"
    finally:
        print("cleanup before return")
t(f4)
def f5():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
t(f5)
def f6():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise KeyError("handler")
        finally:
            print("inner finally")
    except KeyError as e:
        return "outer caught", repr(e), repr(e.__context__)
t(f6)
def f7():
    try:
        pass
    except:
        return "no"
    else:
        return "else ran"
t(f7)
def f8():
    i = 0
    while i < 5:
        i += 1
        try:
            if i % 2:
                continue
        finally:
            print("finally", i)
    return i
t(f8)
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as e:
            return "re-raised inside handler", str(e)
t(f9)
def f10():
    try:
        raise ValueError
    except (TypeError, ValueError) as e:
        return "tuple match", type(e).__name__
t(f10)
def f11():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    return e
t(f11)
def f12():
    try:
        raise StopIteration
    except Exception as e:
        return "StopIteration is an Exception"
t(f12)
def f13():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            pass
t(f13)
def f14():
    for x in range(2):
        try:
            continue
        finally:
            print("finally on continue", x)
    return "done"
t(f14)
def f15():
    try:
        raise
    except RuntimeError as e:
        return str(e)
t(f15)
def f16():
    try:
        raise 5
    except TypeError as e:
        return str(e)
t(f16)
def f17():
    try:
        raise ValueError from 5
    except TypeError as e:
        return str(e)
t(f17)
def f18():
    try:
        raise ValueError("v") from KeyError("k")
    except ValueError as e:
        return repr(e.__cause__), e.__suppress_context__
t(f18)
def f19():
    try:
        try:
            raise ValueError("v")
        except ValueError:
            raise KeyError("k") from None
    except KeyError as e:
        return repr(e.__cause__), e.__suppress_context__, repr(e.__context__)
t(f19)
def f20():
    try:
        1 / 0
    except ArithmeticError:
        return "base class caught"
t(f20)
def f21():
    try:
        raise ValueError
    except 5:
        pass
t(f21)
