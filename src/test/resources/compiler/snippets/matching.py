def m(cmd):
    match cmd:
        case [x, y, *rest]:
            return x
        case {"k": v, **others}:
            return v
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case str() as s if s:
            return s
        case 1 | 2 | None:
            return 0
        case _:
            return -1
