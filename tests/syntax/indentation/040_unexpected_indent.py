if x:
    a
     b
