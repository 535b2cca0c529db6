match x:
    case {None: 1, True: 2, None: 3}:
        pass
