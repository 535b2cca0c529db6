class C:
    def f(self, x):
        match x:
            case [__a, __a]:
                pass
