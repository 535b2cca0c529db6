"""Float arithmetic: a leapfrog simulation of a few point masses under
gravity, with state kept in plain lists, plus a numeric integration of a
smooth function.  Measures float +, -, *, / and math.sqrt and list
indexing.  (Not **: Sanca's float pow may differ from the C library's in
the last bit, and the orbits amplify such a difference.)"""
import sys
from math import sqrt


def make_bodies():
    # A central heavy mass and four lighter ones on roughly circular orbits.
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1000.0]]
    for k in range(1, 5):
        r = 10.0 * k
        speed = sqrt(1000.0 / r)
        bodies.append([r, 0.0, 0.1 * k, 0.0, speed, 0.0, 1.0 + k * 0.5])
    return bodies


def step(bodies, dt):
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        xi, yi, zi, mi = bi[0], bi[1], bi[2], bi[6]
        for j in range(i + 1, n):
            bj = bodies[j]
            dx = xi - bj[0]
            dy = yi - bj[1]
            dz = zi - bj[2]
            d2 = dx * dx + dy * dy + dz * dz + 0.01
            mag = dt / (d2 * sqrt(d2))
            mj = bj[6]
            bi[3] -= dx * mj * mag
            bi[4] -= dy * mj * mag
            bi[5] -= dz * mj * mag
            bj[3] += dx * mi * mag
            bj[4] += dy * mi * mag
            bj[5] += dz * mi * mag
    for b in bodies:
        b[0] += dt * b[3]
        b[1] += dt * b[4]
        b[2] += dt * b[5]


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, n):
            c = bodies[j]
            dx, dy, dz = b[0] - c[0], b[1] - c[1], b[2] - c[2]
            e -= b[6] * c[6] / sqrt(dx * dx + dy * dy + dz * dz + 0.01)
    return e


def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        x = a + i * h
        s += (4.0 if i % 2 else 2.0) * f(x)
    return s * h / 3.0


def main(steps):
    bodies = make_bodies()
    e0 = energy(bodies)
    for _ in range(steps):
        step(bodies, 0.001)
    e1 = energy(bodies)
    area = simpson(lambda x: x * x * x - 2.0 * x + 1.0 / (1.0 + x * x), 0.0, 3.0, steps * 2)
    print("energy %.9f %.9f" % (e0, e1))
    print("pos %.6f %.6f" % (bodies[1][0], bodies[4][1]))
    print("area %.9f" % area)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 900000)
