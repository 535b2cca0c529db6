1.e5x
