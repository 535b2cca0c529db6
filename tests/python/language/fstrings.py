# f-strings: conversions, format specs (nested too), debugging '=', escapes.
class C:
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
    def __format__(self, spec): return f"fmt({spec})"
c = C()
x = 3.14159; w = 10; p = 3; name = "héllo"
print(f"{c} {c!s} {c!r} {c!a} {c:xyz} {c!r:>8}")
print(f"{x:{w}.{p}f}|{x:<{w}}|{x:^{w}.2}|{x:+.1e}")
print(f"{name!a} {name!r} {name:*^9}")
print(f"{x=} {x = :.2f} {c=!s} {1+1=}")
print(f"{{literal}} {'{'} {w:#x} {w:08b} {-w:+05d} {1e6:,.2f} {1234567:_}")
print(f"{'nested ' f'{w}'}")
print(f"{3!r:>{w}}")
print(f"{[1, 2][0]} {dict(a=1)['a']} {(lambda: 5)()}")
print(f"{x!r:.3}")
print(f"{'a' if w else 'b'}")
print(f"""{
    w
}""")
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: f"{x:d}")
t(lambda: f"{'s':d}")
t(lambda: f"{3:s}")
t(lambda: f"{c!r:d}")
t(lambda: f"{object():>5}")
t(lambda: f"{None:x}")
t(lambda: f"{1:{'>'}{'5'}}")
t(lambda: f"{1:{{}}}")
class BadFmt:
    def __format__(self, spec): return 42
t(lambda: f"{BadFmt()}")
t(lambda: format(BadFmt(), ""))
print(f"{True:d} {True} {True!r:>6} {2.5:%} {0.5:.0%}")
print(f"{'abc':.2} {'abc':>5.1} {12:c} {65:c}")
print(f"{1_000_000:,} {12345.678:_.1f} {-0.0:+} {float('inf'):>6} {float('nan'):e}")
