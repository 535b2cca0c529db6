x = [i for in range(3)]
