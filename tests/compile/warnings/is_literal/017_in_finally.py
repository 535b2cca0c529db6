x = 3
try:
    pass
finally:
    print(x is 3)
