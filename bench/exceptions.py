"""Exceptions: raise and catch in loops, custom exception hierarchies,
try/except/else/finally, re-raise and exception chaining, context
managers whose __exit__ swallows errors, and KeyError/IndexError/
ZeroDivisionError from builtins."""
import sys


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


def lookup(table, key):
    if key % 7 == 0:
        raise NotFound(404, "missing %d" % key)
    if key % 11 == 0:
        raise Invalid(400, "bad %d" % key)
    return table[key % len(table)]


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = 0

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        if typ is not None and issubclass(typ, self.types):
            self.caught += 1
            return True
        return False


def risky(i):
    try:
        if i % 5 == 0:
            return 1 // (i % 2)
        return [1, 2, 3][i % 4]
    finally:
        pass


def main(rounds):
    table = list(range(100))
    check = 0
    for r in range(rounds):
        for k in range(1000):
            try:
                v = lookup(table, k + r)
            except NotFound as e:
                check += e.code
            except AppError as e:
                check += e.code + len(e.args[0])
            else:
                check += v
            finally:
                check += 1
        sup = Suppress(ZeroDivisionError, IndexError)
        for i in range(500):
            with sup:
                check += risky(i)
        check += sup.caught
        d = {}
        for i in range(500):
            try:
                d[i % 50] += 1
            except KeyError:
                d[i % 50] = 1
        check += sum(d.values())
        for i in range(200):
            try:
                try:
                    raise ValueError(i)
                except ValueError as e:
                    raise RuntimeError("wrapped") from e
            except RuntimeError as e:
                check += e.__cause__.args[0] % 3
    print("exceptions", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8500)
