# for/else and while/else, break/continue inside try/finally, return overriding in finally.
for i in range(3):
    pass
else:
    print("for else", i)
for i in range(3):
    if i == 1: break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 2:
    n += 1
else:
    print("while else", n)
while True:
    break
else:
    print("not printed")
for x in []:
    pass
else:
    print("empty for else")
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(f3())
def f4():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2: continue
            break
    return "swallowed", i
print(f4())
def f5():
    try:
        try:
            return 1
        finally:
            print("inner fin")
    finally:
        print("outer fin")
print(f5())
def f6():
    x = []
    while True:
        try:
            x.append(len(x))
            if len(x) > 2: return x
        finally:
            x.append("f")
print(f6())
def f7():
    try:
        raise KeyError("a")
    except KeyError:
        return "except"
    else:
        return "else"
    finally:
        print("f7 finally")
print(f7())
def f8():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f8 finally")
print(f8())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
for v in g:
    print(v)
    break
g.close()
print("after gen break")
for i in range(2):
    for j in range(2):
        if j: break
    else:
        print("inner else")
    print(i, j)
