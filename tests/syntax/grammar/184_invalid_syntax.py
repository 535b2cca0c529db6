match x:
    case {**rest, 1: a}: pass
