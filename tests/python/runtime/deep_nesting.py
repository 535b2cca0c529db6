# Source nested deeper than the compiler's limit is a RecursionError, never an internal error.
for depth in (100, 5000):
    try:
        print(depth, eval('-' * depth + '1'))
    except RecursionError as e:
        print(depth, type(e).__name__, e)
try:
    exec('x = ' + '(' * 150 + '1' + ')' * 150)
    print('150 parentheses:', x)
except SyntaxError as e:
    print(type(e).__name__, e)
