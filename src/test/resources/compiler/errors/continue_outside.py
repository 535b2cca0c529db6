while 1:
    pass
continue
