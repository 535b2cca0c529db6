# An error raised inside an except* handler, left uncaught.
try:
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type")])
except* ValueError:
    raise RuntimeError("handler failed")
