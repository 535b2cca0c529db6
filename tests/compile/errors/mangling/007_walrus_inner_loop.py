class C:
    def f(self):
        [__y for __y in range(3) if (__z := 0) for __z in range(3)]
