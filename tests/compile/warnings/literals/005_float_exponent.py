print(1.5if True else 0, 1e3in [1000.0])
