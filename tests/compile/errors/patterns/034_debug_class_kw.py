match x:
    case C(x=__debug__):
        pass
