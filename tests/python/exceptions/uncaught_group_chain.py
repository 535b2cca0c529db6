# An exception group raised while handling another, with a nested group cause and a note.
def task(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")

def run_all():
    errors = []
    for i in range(3):
        try:
            task(i)
        except Exception as e:
            errors.append(e)
    return errors

try:
    raise KeyError("setup failed")
except KeyError:
    eg = ExceptionGroup("tasks", run_all())
    eg.add_note("while running tasks")
    raise eg from BaseExceptionGroup("root", [SystemExit(1)])
