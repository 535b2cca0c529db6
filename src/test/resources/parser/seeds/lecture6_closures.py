x = 1000


def foo(x):
    def bar(y):
        print(x + y)
    return bar


b = foo(10)
c = foo(20)
b(1)
c(2)
print(b.__code__ is c.__code__)
print(b == c)
print(b.__closure__[0].cell_contents)
print(c.__closure__[0].cell_contents)
print(b.__code__.co_freevars)
print(foo.__code__.co_cellvars)
print(b.__qualname__)
