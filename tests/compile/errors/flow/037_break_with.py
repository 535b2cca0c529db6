with x:
    break
