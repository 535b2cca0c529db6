x = a b c
