# KeyError's str on a tuple key and an attribute-chain marker in the last frame.
class Box:
    def __init__(self):
        self.data = {}

b = Box()
print(b.data.get((1, 2)))
value = b.data[(1, 2)]
