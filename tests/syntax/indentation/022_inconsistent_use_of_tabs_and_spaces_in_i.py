if x:
  y
   
	z
