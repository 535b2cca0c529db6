match x:
    case y if y:
        pass
    case z:
        pass
    case 1:
        pass
