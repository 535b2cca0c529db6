# An uncaught exception raised while handling another, and one whose context is suppressed.
def cleanup():
    raise OSError(5, "cleanup failed")

def work():
    try:
        [][0]
    except IndexError:
        try:
            {}["k"]
        except KeyError:
            raise TypeError("inner") from None
        finally:
            cleanup()

work()
