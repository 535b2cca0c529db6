x = 1
y = x is 1
z = "\d"
