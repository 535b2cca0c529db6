x = a ** 
