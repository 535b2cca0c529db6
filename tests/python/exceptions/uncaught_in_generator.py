# An uncaught exception raised inside a generator and a comprehension.
def gen(n):
    for i in range(n):
        yield 10 // (n - 1 - i)

def consume():
    return [x * 2 for x in gen(3)]

consume()
