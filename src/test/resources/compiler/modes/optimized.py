"""Module docstring."""
assert x, "boom"
if __debug__:
    print("debug")


def f():
    """Function docstring."""
    assert f
    return __debug__
