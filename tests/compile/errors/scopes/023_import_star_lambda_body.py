class A:
    class B:
        from \
            os import *
