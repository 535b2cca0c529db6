# io.UnsupportedOperation is both an OSError and a ValueError, as in CPython.
import io
print(io.UnsupportedOperation.__mro__)
for call in (lambda: io.BytesIO().fileno(), lambda: io.StringIO().fileno(), lambda: io.BytesIO().detach()):
    try:
        call()
    except ValueError as e:
        print("ValueError", type(e).__name__, e, isinstance(e, OSError))
