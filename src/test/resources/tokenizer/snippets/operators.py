a + b - c * d / e // f % g ** h @ i
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
a < b > c <= d >= e == f != g
a << b >> c & d | e ^ ~f
def f(a, *, b=1) -> int: return (x := 1)
x = [1, 2]; y = {3: 4}; z = (5,); w = a.b
@dec
def g(): ...
