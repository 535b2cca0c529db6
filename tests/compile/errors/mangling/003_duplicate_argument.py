class C:
    def f(__a, __a):
        pass
