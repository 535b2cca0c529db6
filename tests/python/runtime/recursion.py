# Deep recursion reaches Python's recursion limit, not the JVM's stack.
import sys


def depth(n):
    return n if n == 0 else 1 + depth(n - 1)


print(depth(900))
try:
    depth(10 ** 6)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(5000)
print(depth(4500))
