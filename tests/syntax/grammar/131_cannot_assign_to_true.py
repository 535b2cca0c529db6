f(e for e in f , True=1 , 1 2 , 1 2 ,)
