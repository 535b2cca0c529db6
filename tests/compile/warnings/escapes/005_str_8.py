print(len('\8'))
