if x:
  y
 z