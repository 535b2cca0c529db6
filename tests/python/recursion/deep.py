"""A recursion limit of 100,000 is usable: recursion 95,000 deep completes, RecursionError comes at the limit and
is caught, and the limit can be lowered again afterwards."""
import sys

sys.setrecursionlimit(100000)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


def method_chain(n):
    class Node:
        def __init__(self, k):
            self.k = k

        def total(self):
            return self.k if self.k == 0 else self.k + Node(self.k - 1).total()
    return Node(n).total()


def until_error(n):
    try:
        return until_error(n + 1)
    except RecursionError:
        return n


print(count(95000))
print(method_chain(40000))
print(until_error(1))
print(count(95000))
sys.setrecursionlimit(1000)
try:
    count(5000)
except RecursionError as e:
    print('RecursionError', e)
print(count(900), sys.getrecursionlimit())
