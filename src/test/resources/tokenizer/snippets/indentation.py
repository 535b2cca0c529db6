if x:
    y = 1
    if z:
        w = 2
        # comment at deeper level
  # comment at odd level

    v = 3
else:
	t = 1
	if u:
		s = 2
def f(a,
      b):
        return [
  1,
            2]
class C:
    x = 1 + \
        2
    def m(self): pass



print('end')  # trailing comment
