x = 5j_
