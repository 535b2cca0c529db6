class _C__:
    def f(self, __p):
        global __p
