def g():
    @await deco
    def f():
        pass
