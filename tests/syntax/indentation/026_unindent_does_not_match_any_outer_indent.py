if x:
  y
	
 z
