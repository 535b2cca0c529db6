print('hello' == 'hello')
s = ''
for i in range(10):
    s = s + str(i)
print(s, len(s))
t = 'ab\0cd'
print(repr(t), len(t))
tup = (1, 2, 3, 4, 5)
print(tup[1:3], tup[::2], tup[-2:], tup[:0])
