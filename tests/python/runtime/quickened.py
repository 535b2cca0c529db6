# The eval loop's quickened forms (superinstructions, COMPARE_OP fused with its jump,
# BINARY_OP add/subtract/multiply fast paths) behave as the generic instructions do.
import sys


def where(e):
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    return type(e).__name__, str(e), tb.tb_lineno, tb.tb_lasti


def unbound_second_of_pair():
    a = 1
    if a > 5:
        b = 2
    return a + b  # LOAD_FAST__LOAD_FAST: b unbound in the second half


def unbound_after_const():
    if len(sys.argv) > 99:
        c = 1
    return 10 + c  # LOAD_CONST__LOAD_FAST


def unbound_after_store():
    x = 1
    if x > 5:
        y = 2
    z = x
    return y  # STORE_FAST__LOAD_FAST


def unbound_first():
    if len(sys.argv) > 99:
        p = 1
    return p + 1  # LOAD_FAST__LOAD_CONST: first half


for fn in (unbound_second_of_pair, unbound_after_const, unbound_after_store, unbound_first):
    try:
        fn()
    except UnboundLocalError as e:
        print(fn.__name__, where(e))


class Truthless:
    def __bool__(self):
        raise ValueError("no truth")


class Cmp:
    def __lt__(self, other):
        return Truthless()

    def __gt__(self, other):
        return 1 if other else []


def fused_jump_errors():
    a, b = Cmp(), 3
    if a < b:
        return "taken"
    return "not taken"


try:
    fused_jump_errors()
except ValueError as e:
    tb, entries = e.__traceback__, []
    while tb:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti))
        tb = tb.tb_next
    print("bool of comparison", entries)
print([("t" if Cmp() > v else "f") for v in (0, 1, "", "x")])


def loop_compare(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0 and i != 6:
            total += i
        elif i >= 10 or i <= 1:
            total -= 1
        i += 1
    return total


print(loop_compare(20))
print([x < y for x, y in [(1, 2.5), (2.5, 1), ("a", "b"), ((1, 2), (1, 3)), (2**70, 2**71)]])
try:
    if 1 < "x":
        pass
except TypeError as e:
    print(where(e))

big = 2**62
print(big + big, big + big - 1, -big - big - big, big * 4, (-big) * 4, big * -2, 3 * (2**31) * (2**32))
print(2**63 - 1 + 1, -(2**63) - 1, (2**63 - 1) * -1, (-(2**63)) * -1, (-(2**63)) * 1)
print(0.1 + 0.2, 1.5 - 2.25, 1e308 * 10, -0.0 + 0.0, -0.0 - 0.0, 0.0 * -1.0, float("nan") * 0.0)
print(1 + 2.5, 2.5 - 1, 3 * 1.5, True + True, True * 3, "ab" * 3, [1] * 2, (1,) + (2,), "a" + "b")


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __rsub__(self, other):
        return "MyInt.__rsub__"


print(MyInt(1) + 2, 5 - MyInt(1), MyInt(3) * 2, type(MyInt(3) * 2).__name__)
s = 0
for k in range(5):
    s += k
    s -= 1
    s *= 2
print(s)
l = [1, 2]
l += [3]
l *= 2
print(l)


def swap(a, b):
    a, b = b, a  # STORE_FAST__STORE_FAST
    return a, b


print(swap(1, 2))
try:
    1 + None
except TypeError as e:
    print(where(e))
