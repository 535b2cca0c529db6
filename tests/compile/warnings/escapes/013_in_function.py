def f():
    return '\s+'
print(f())
