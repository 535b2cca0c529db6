# Comparison chains evaluate each operand once and short-circuit; identity/membership ops.
def v(x):
    print("eval", x); return x
print(v(1) < v(2) < v(3))
print(v(1) < v(3) < v(2))
print(v(3) < v(1) < v(2))
print(1 < 2 > 0 == 0 != 1 <= 1 >= 1)
print(1 in [1] in [[1]])
print(None is None is not False)
x = [1, 2]
print(2 in x, 3 not in x, x is x, x is not [1, 2])
class C:
    def __lt__(self, o): print("lt"); return 0
    def __bool__(self): print("bool"); return False
print(C() < C() < C())
try:
    1 < "a"
except TypeError as e: print(e)
try:
    [] > ()
except TypeError as e: print(e)
try:
    None >= 1
except TypeError as e: print(e)
try:
    {} <= {}
except TypeError as e: print(e)
print((1, 2) < (1, 3), [1, 2] < [1, 2, 0], "abc" < "abd", b"a" < b"b")
print((1, "a") < (2, 1))
try:
    (1, "a") < (1, 2)
except TypeError as e: print(e)
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
n = float("nan"); print(n in [n], [n] == [n], (n,) == (n,))
print({1, 2} < {1, 2, 3}, {1} > set(), frozenset({1}) == {1})
print(1j == 1j, 1 == 1 + 0j)
try:
    1j < 2j
except TypeError as e: print(e)
