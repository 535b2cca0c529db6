"""Recursion: naive Fibonacci, Takeuchi's function and a recursive
permutation counter.  Measures Python-to-Python calls and small-int
arithmetic with deep call chains."""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def count_arrangements(used, n, depth):
    """Counts permutations of range(n) in which no element sits at its own
    index (derangements), by explicit recursion over a bitmask."""
    if depth == n:
        return 1
    total = 0
    for i in range(n):
        bit = 1 << i
        if not used & bit and i != depth:
            total += count_arrangements(used | bit, n, depth + 1)
    return total


def main(scale):
    total = 0
    for k in range(scale):
        total += fib(22 + k % 3)
    t = 0
    for k in range(scale):
        t += tak(14 + k % 2, 8, 2)
    d = count_arrangements(0, 8, 0)
    print("fib", total, "tak", t, "derangements", d)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800)
