print(len('\777'))
