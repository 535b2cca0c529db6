# A multi-line call expression that fails: the markers span no more than the first line.
def combine(a, b, c):
    return a + b + c

result = combine(
    1,
    2,
    "three",
)
