x = 5 if 3 else
