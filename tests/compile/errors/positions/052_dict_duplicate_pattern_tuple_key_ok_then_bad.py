match x:
    case {1: a, 2: b}:
        pass
    case {'x': c, 'x': d}:
        pass
