print(b'\777')
