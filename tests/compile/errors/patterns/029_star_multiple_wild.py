match x:
    case (*_, 1, *_):
        pass
