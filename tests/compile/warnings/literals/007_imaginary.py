print(1jif 1 else 2)
