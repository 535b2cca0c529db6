def f():
    class C:
        if True:
            return (1,
                    2)
