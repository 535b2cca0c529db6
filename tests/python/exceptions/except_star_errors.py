# except* compile-time rule: no break, continue or return inside an except* block.
for i in range(2):
    try:
        raise ExceptionGroup("eg", [ValueError(i)])
    except* ValueError:
        continue
