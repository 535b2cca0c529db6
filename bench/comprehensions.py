"""List, set and dict comprehensions and generator expressions: nested
comprehensions, filters, sum/any/all/max over generator expressions,
zip and enumerate inside comprehensions."""
import sys


def matmul(a, b):
    bt = [list(col) for col in zip(*b)]
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def primes_below(n):
    return [p for p in range(2, n) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def main(rounds):
    check = 0
    for r in range(rounds):
        n = 24
        a = [[(i * j + r) % 7 - 3 for j in range(n)] for i in range(n)]
        b = [[(i + 2 * j) % 5 - 2 for j in range(n)] for i in range(n)]
        c = matmul(a, b)
        check += sum(sum(row) for row in c)
        flat = [x for row in c for x in row if x > 0]
        check += len(flat) + max(flat, default=0)
        squares = {i: i * i for i in range(200) if i % 3}
        check += sum(v for k, v in squares.items() if k % 2) % 10007
        mods = {x % 37 for x in flat}
        check += len(mods)
        pairs = [(i, w) for i, w in enumerate("the quick brown fox jumps over the lazy dog".split()) if len(w) > 3]
        check += sum(i * len(w) for i, w in pairs)
        check += any(x > 1000 for x in flat) + all(x >= 0 for x in flat)
        check += len(primes_below(600))
    print("comprehensions", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3700)
