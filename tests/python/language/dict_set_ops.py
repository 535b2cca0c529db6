# Dict and set displays with unhashable and duplicate keys, equal-key collapsing, and the |, &, ^, - operators with their in-place forms.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: {[1]: 2})
t(lambda: {{}: 1})
t(lambda: {1: 2, [3]: 4})
t(lambda: {**{1: 2}, **{[]: 1}} if False else {k: 1 for k in [[1]]})
t(lambda: {x for x in [[1]]})
t(lambda: {1: "a", 1: "b"})
t(lambda: {True: "t", 1: "one", 1.0: "float"})
t(lambda: {0: "zero", False: "f", 0.0: "fl", -0.0: "neg"})
t(lambda: {1, 1.0, True})
t(lambda: {"a": 1} | {"b": 2})
t(lambda: {"a": 1} | [("b", 2)])
t(lambda: dict.__or__({}, []))
t(lambda: {"a": 1}.__ror__({"b": 2}))
t(lambda: {1} | [2])
t(lambda: {1} & frozenset({1, 2}))
t(lambda: type(frozenset({1}) | {2}).__name__)
t(lambda: type({2} | frozenset({1})).__name__)
t(lambda: {1, 2} ^ {2, 3})
t(lambda: {1, 2} - {2} - {1})
t(lambda: {1} < {1, 2} <= {1, 2} == {2, 1} != {1})
t(lambda: sorted({1}.union([2], (3,), "4"), key=str))
t(lambda: {1}.issubset([1, 2]))
t(lambda: {1} <= [1, 2])
t(lambda: sorted({"a": 1}.keys() | {"b"}))
t(lambda: {"a": 1}.keys() & ["a", "c"])
t(lambda: {"a": 1}.items() - {("a", 1)})
t(lambda: {"a": 1}.values() == {"a": 1}.values())
t(lambda: sorted({3: 0, 1: 0, 2: 0}.keys() ^ {1, 5}))
d = {}
d |= {"x": 1}
d |= [("y", 2)]
print(d)
t(lambda: d.__ior__(5))
s = {1}
s |= {2}
s &= {2, 3}
s ^= {4}
s -= {4}
print(s)
t(lambda: s.__ior__([1]))
