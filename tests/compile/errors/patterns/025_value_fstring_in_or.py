match x:
    case 1 | f'{y}':
        pass
