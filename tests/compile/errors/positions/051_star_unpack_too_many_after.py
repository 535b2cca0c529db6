a, *b, c0, c1, c2 = x
*d, *e = f
