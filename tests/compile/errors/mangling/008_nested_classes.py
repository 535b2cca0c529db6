class Outer:
    class Inner:
        def f(self):
            def g():
                nonlocal __v
