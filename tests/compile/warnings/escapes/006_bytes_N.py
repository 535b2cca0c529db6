print(b'\N')
