match x:
    case [a] | [a, b] | [c]:
        pass
