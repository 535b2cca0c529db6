def f():
    try:
        pass
    except* ValueError:
        if x:
            for y in z:
                return
