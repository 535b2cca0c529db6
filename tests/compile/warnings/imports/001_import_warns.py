from pkg import warns
print(warns.y)
