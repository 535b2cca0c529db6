# A SyntaxError in the main file: no traceback header, the caret line, status 1.
print("never printed")
x = (1 +* 2)
