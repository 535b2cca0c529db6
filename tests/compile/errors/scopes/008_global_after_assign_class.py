class C:
    y = 2
    global y
