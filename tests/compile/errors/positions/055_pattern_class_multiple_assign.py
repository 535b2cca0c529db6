match x:
    case Point(x=a, y=[b, a]):
        pass
