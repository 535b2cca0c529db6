# Chained exceptions: __cause__ and __context__ sections.
class AppError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError("cannot parse " + repr(s)) from e


def load():
    try:
        parse("x1")
    except AppError:
        {}["missing"]


load()
