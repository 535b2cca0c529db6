x = 1e-x
