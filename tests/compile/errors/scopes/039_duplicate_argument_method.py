class C:
    def m(self, a, self):
        pass
