if x:
  y
 é
