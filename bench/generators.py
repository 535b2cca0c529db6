"""Generators: lazy pipelines of generator functions (source, map, filter,
window, take), yield from delegation, send() into a coroutine-style
running average, and a recursive tree walk."""
import sys


def numbers(seed, n):
    state = seed
    for _ in range(n):
        state = (state * 214013 + 2531011) & 0xFFFFFFFF
        yield state >> 16


def scaled(src, k):
    for x in src:
        yield x * k % 1000


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def windows(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def chained(*sources):
    for s in sources:
        yield from s


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count


def tree(depth, label):
    if depth == 0:
        return (label, None, None)
    return (label, tree(depth - 1, label * 2), tree(depth - 1, label * 2 + 1))


def walk(node):
    label, left, right = node
    if left is not None:
        yield from walk(left)
    yield label
    if right is not None:
        yield from walk(right)


def main(rounds):
    check = 0
    t = tree(10, 1)
    for r in range(rounds):
        pipeline = windows(evens(scaled(numbers(r, 3000), 7)), 3)
        for a, b, c in pipeline:
            check += (a + b * c) % 101
        check += sum(chained(range(100), numbers(r + 7, 500), (x * x for x in range(50))))
        avg = averager()
        next(avg)
        last = 0
        for x in numbers(r + 3, 1000):
            last = avg.send(x)
        check += last
        check += sum(x for x in walk(t) if x % 3 == 0) % 100003
    print("generators", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3100)
