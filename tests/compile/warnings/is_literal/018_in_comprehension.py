print([v for v in range(3) if v is 1])
