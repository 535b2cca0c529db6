print(e for e in f , x.y=1 yield ,)
