x = (i for i)
