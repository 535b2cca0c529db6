[x for y in range(2) for x in (z := [1])]
