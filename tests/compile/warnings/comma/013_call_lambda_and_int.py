def f():
    return (lambda: 1)(), (1)[0] if 0 else 2
print(f())
