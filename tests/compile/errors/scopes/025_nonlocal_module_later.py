x = 1
if x:
    nonlocal x
