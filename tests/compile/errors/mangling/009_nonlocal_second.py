class C:
    def f(self):
        x = 1
        def g():
            nonlocal __x, x
