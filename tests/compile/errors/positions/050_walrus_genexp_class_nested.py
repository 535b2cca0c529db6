class C:
    def f(self):
        pass
    z = [[(w := 1) for a in b] for c in d]
