"""Closures and nested functions: counters with nonlocal, function
factories, decorators that wrap calls, composed lambdas, and a
memoizing decorator keyed on arguments."""
import sys


def make_counter(step):
    n = 0

    def inc():
        nonlocal n
        n += step
        return n
    return inc


def adder(k):
    return lambda x: x + k


def compose(*fs):
    def composed(x):
        for f in fs:
            x = f(x)
        return x
    return composed


def counting(f):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


def memo(f):
    cache = {}

    def wrapper(*args):
        if args in cache:
            return cache[args]
        v = f(*args)
        cache[args] = v
        return v
    wrapper.cache = cache
    return wrapper


@counting
def weighted(a, b, w=2):
    return a * w + b


@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


def outer(n):
    total = 0

    def middle(i):
        def inner(j):
            return i * j + n
        return sum(inner(j) for j in range(5))
    for i in range(n):
        total += middle(i)
    return total


def main(rounds):
    check = 0
    for r in range(rounds):
        counters = [make_counter(s) for s in range(1, 6)]
        for _ in range(200):
            for c in counters:
                check += c() % 7
        pipeline = compose(adder(1), adder(r), lambda x: x * 3, adder(-2))
        for i in range(500):
            check += pipeline(i) % 11
        for i in range(300):
            check += weighted(i, r, w=i % 4) % 13
        paths.cache.clear()
        check += paths(12 + r % 4, 12) % 1000003
        check += outer(60) % 1009
    print("closures", check, weighted.calls[0])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 13000)
