match x:
    case {1: x, -1: y, 1.0: z}:
        pass
