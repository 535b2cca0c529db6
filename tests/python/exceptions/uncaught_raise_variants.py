# An uncaught exception whose __str__ fails, chained to one raised from a class.
class Loud(Exception):
    def __str__(self):
        raise RuntimeError("str exploded")

def first():
    raise ValueError

def second():
    try:
        first()
    except ValueError:
        raise Loud("hidden") from KeyError

second()
