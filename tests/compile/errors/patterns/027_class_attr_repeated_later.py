match x:
    case C(1, a=1, b=2, a=3):
        pass
