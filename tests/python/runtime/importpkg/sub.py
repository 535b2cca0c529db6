val = 42


def double():
    return val * 2
