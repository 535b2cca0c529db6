# DirEntry and ScandirIterator: bytes reprs, iteration protocol, closing, and no direct construction.
import os
with os.scandir(b"/") as it:
    e = [x for x in it if x.name == b"tmp"][0]
print(repr(e), e.path, os.fspath(e), e.is_dir())
it = os.scandir("/")
print(repr(it).startswith("<posix.ScandirIterator object at 0x"), type(it).__qualname__, iter(it) is it)
with it:
    pass
print(list(it))
try:
    os.DirEntry()
except TypeError as e:
    print(e)
try:
    type(it)()
except TypeError as e:
    print(e)
print(os.DirEntry[str], type(os.DirEntry[bytes]).__name__, hasattr(type(it), "__class_getitem__"))
