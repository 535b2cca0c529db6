match x:
    case {'k': a} | [a] | {'m': b}:
        pass
