"""Method calls and attribute access on user classes: a small 2-D geometry
model with inheritance, super() calls, properties, class attributes,
__slots__ and dunder methods (__add__, __eq__, __hash__, __len__)."""
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))


class Shape:
    kind = "shape"
    count = 0

    def __init__(self, origin):
        self.origin = origin
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return self.kind

    def moved(self, delta):
        self.origin = self.origin + delta
        return self


class Rect(Shape):
    kind = "rect"

    def __init__(self, origin, w, h):
        super().__init__(origin)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def corner(self):
        return self.origin + Vec(self.w, self.h)


class Square(Rect):
    kind = "square"

    def __init__(self, origin, side):
        super().__init__(origin, side, side)

    def describe(self):
        return super().describe() + str(self.w)


class Circle(Shape):
    kind = "circle"

    def __init__(self, origin, r):
        Shape.__init__(self, origin)
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Scene:
    def __init__(self):
        self.shapes = []

    def add(self, shape):
        self.shapes.append(shape)

    def __len__(self):
        return len(self.shapes)

    def total_area(self):
        total = 0
        for s in self.shapes:
            total += s.area()
        return total

    def shift_all(self, delta):
        for s in self.shapes:
            s.moved(delta)


def build(n):
    scene = Scene()
    for i in range(n):
        o = Vec(i % 17, i % 13)
        m = i % 3
        if m == 0:
            scene.add(Rect(o, i % 7 + 1, i % 5 + 1))
        elif m == 1:
            scene.add(Square(o, i % 9 + 1))
        else:
            scene.add(Circle(o, i % 4 + 1))
    return scene


def main(rounds):
    checksum = 0
    seen = set()
    for r in range(rounds):
        scene = build(300)
        scene.shift_all(Vec(1, -1))
        checksum += scene.total_area() + len(scene)
        acc = Vec(0, 0)
        for s in scene.shapes:
            acc = acc + s.origin.scaled(2) - Vec(1, 1)
            if isinstance(s, Rect):
                c = s.corner
                checksum += c.dot(acc) % 1000
            seen.add(s.origin)
        checksum += len(scene.shapes[r % 300].describe())
    print("objects", checksum, len(seen), Shape.count)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7000)
