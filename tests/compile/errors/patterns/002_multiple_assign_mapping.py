match x:
    case {'k': a, 'l': a}:
        pass
