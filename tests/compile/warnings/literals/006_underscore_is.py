print(1_000is 1000)
