# A short, representative run that bin/sanca executes once after each build
# to record the JVM's ahead-of-time cache (target/sanca.aot): the classes it
# loads and links and the methods it profiles start warm in later runs.
import os
import sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    squares = [i * i for i in range(50)]
    table = {str(i): i for i in squares}
    words = "the quick brown fox jumps over the lazy dog".split()
    text = ", ".join(sorted(set(words), key=len))
    try:
        {}["missing"]
    except KeyError as e:
        err = repr(e)
    code = compile("a = [x for x in range(3)]\nb = f'{a!r:>10}'", "<aot>", "exec")
    ns = {}
    exec(code, ns)
    tree = compile("lambda q: q + 1", "<aot>", "eval", 1024)
    here = os.path.dirname(os.path.abspath(__file__))
    listing = sorted(e.name for e in os.scandir(here) if e.is_file())
    sizes = [os.stat(os.path.join(here, n)).st_size for n in listing]
    out = [fib(15), len(table), text, err, ns["b"], type(tree).__name__, Point(1, 2.5), 2 ** 70, 1 / 3, sum(sizes)]
    sys.stdout.write(repr(out)[:0])


main()
