print(b'\d')
