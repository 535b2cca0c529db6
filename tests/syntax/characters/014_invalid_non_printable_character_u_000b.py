x = 
