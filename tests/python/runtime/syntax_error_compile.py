# A SyntaxError found by the compiler (not the parser): the line is read back from the file.
def outer():
    x = 1

    def inner():
        nonlocal y
    return inner
