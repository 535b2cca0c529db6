foo(a, b]
