a.b c
