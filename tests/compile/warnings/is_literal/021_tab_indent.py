if 1:
	print(1 is 1)
