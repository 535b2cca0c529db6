ma    xy = 1
