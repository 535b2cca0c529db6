class Base:
    attr: int = 3
    other: str

    def __init__(self, v):
        self.__private = v
        super().__init__()

    @property
    def value(self):
        return self.__private

    class Inner:
        def method(self):
            return __class__


class Derived(Base, metaclass=type, flag=True):
    x = [y for y in range(3)]

    def m(self):
        return super().value
