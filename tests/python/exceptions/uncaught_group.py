# An uncaught nested exception group with notes, causes and a truncated wide group.
def fail(i):
    raise ValueError(f"item {i}")

def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            e.add_note(f"note for {i}")
            errors.append(e)
    inner = ExceptionGroup("inner", errors)
    wide = ExceptionGroup("wide", [KeyError(i) for i in range(17)])
    try:
        raise ExceptionGroup("outer", [inner, wide, TypeError("plain")])
    except ExceptionGroup as eg:
        eg.add_note("outer note")
        raise

collect()
