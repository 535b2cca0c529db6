if x:
	if y:
		pass
	z = 1
x = 1
y = 2
z = 3
v = \
  4
w = 4