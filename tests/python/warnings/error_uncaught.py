# A warning turned into an error by the filters ends the program like any exception.
import warnings

warnings.simplefilter("error")


def check(value):
    if value < 0:
        warnings.warn("negative value %d" % value, RuntimeWarning, stacklevel=2)
    return value


print(check(1))
print(check(-2))
