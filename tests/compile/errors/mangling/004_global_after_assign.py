class C:
    def f(self):
        __x = 1
        global __x
