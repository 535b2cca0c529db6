class C:
    ok = 1 is 1
print(C.ok)
