x = 'a' 'b' f'{x' 
