print(0b1or 0)
