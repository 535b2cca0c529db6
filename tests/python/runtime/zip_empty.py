# zip() without arguments is an empty iterator (kept apart: an endless zip() would stall other tests).
print(list(zip()), list(zip(strict=True)))
