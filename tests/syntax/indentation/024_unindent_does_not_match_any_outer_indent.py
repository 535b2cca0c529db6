if x:
    y
  \
  z
