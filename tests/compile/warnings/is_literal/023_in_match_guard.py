match 3:
    case y if y is 3:
        print('three')
