print(1,
      2)
if x:
    y = \
        *b
