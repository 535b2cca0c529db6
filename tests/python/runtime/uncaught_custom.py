# Exception classes from modules and empty messages print as CPython does.
class Empty(Exception):
    pass


try:
    raise Empty()
except Empty as e:
    print(repr(e), str(e) == "")
x = 1
y = 0
print(x // y)
