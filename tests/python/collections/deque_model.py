# Random operations on deques (with and without maxlen) checked against a list model.
from _collections import deque

seed = [12345]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2**31
    return (seed[0] >> 8) % n

def trim(model, maxlen, left):
    if maxlen is not None:
        while len(model) > maxlen:
            if left:
                model.pop(0)
            else:
                model.pop()

def step(d, model, maxlen):
    op = rnd(20)
    if op >= 14:
        op = op % 2 if op < 18 else 4 + op % 2
    v = rnd(50)
    if op == 0:
        d.append(v); model.append(v); trim(model, maxlen, True)
    elif op == 1:
        d.appendleft(v); model.insert(0, v); trim(model, maxlen, False)
    elif op == 2 and model:
        assert d.pop() == model.pop()
    elif op == 3 and model:
        assert d.popleft() == model.pop(0)
    elif op == 4:
        items = [rnd(50) for _ in range(rnd(6))]
        d.extend(items)
        for x in items:
            model.append(x); trim(model, maxlen, True)
    elif op == 5:
        items = [rnd(50) for _ in range(rnd(6))]
        d.extendleft(items)
        for x in items:
            model.insert(0, x); trim(model, maxlen, False)
    elif op == 6:
        k = rnd(21) - 10
        d.rotate(k)
        if model:
            k %= len(model)
            model[:] = model[-k:] + model[:-k] if k else model
    elif op == 7 and model:
        i = rnd(2 * len(model)) - len(model)
        d[i] = v; model[i] = v
    elif op == 8 and model:
        i = rnd(2 * len(model)) - len(model)
        del d[i]; del model[i]
    elif op == 9:
        i = rnd(2 * len(model) + 3) - len(model) - 1
        if maxlen is not None and len(model) >= maxlen:
            try:
                d.insert(i, v)
                raise AssertionError('insert should fail')
            except IndexError:
                pass
        else:
            d.insert(i, v); model.insert(i, v)
    elif op == 10 and v in model:
        d.remove(v); model.remove(v)
    elif op == 11:
        d.reverse(); model.reverse()
    elif op == 12:
        assert d.count(v) == model.count(v)
        if v in model:
            assert d.index(v) == model.index(v)
    elif op == 13 and rnd(10) == 0:
        d.clear(); model.clear()
    assert list(d) == model, (list(d), model)
    assert list(reversed(d)) == model[::-1]
    assert len(d) == len(model)

for maxlen in [None, 0, 1, 5, 17]:
    d = deque(maxlen=maxlen)
    model = []
    for _ in range(3000):
        step(d, model, maxlen)
    print(maxlen, len(d), list(d)[:8])
