print(b'\c', '\c')
