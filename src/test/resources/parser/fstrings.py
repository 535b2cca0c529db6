# f-strings: literals, fields, conversions, format specs, '=', nesting and positions (3.11 rules).
name = "world"
a = f"hello {name}"
b = f'{name!r} {name!s} {name!a}'
c = f"{3.14159:.2f} {name:>{width}} {x:{'>'}{10}}"
d = f"{name=}"
e = f"{name = }"
f_ = f"{name=!s:>10}"
g = f"{name=:>10}"
h = f"{{literal}} {{{name}}} }}{{"
i = f"ünï {name} ünï {name}"
j = 'ü' f'{ü}' "x" f"{y}"
k = F"{a}" rf"{b}\n" fR"\{c}" Rf'{d}'
l = f'''
multi {line}
  {nested
     + expr}
'''
m = (f"{a}"
     f"{b}"
     "c")
n = f"{a['key']} {b['k'] if 0 else 1}" if 0 else None
o = f"{(lambda x: x)}"
p = f"{a:{b}{c}d}"
q = f"{a!r:{b}}"
r = f"{ a }" f"{  b  !r}"
s = f"{a, b}" f"{*a,}" f"{a:=}" f"{(a := 1)}"
t = f"{x:%Y-%m-%d}" f"{x:{{}}}" if 0 else 0
u = f""
v = f"" ""
x = f"\N{BULLET} {a} \t\n"
y = f"{a}{b}{c}"
z = f'{f"{1}"}'
aa = u"x" f"{y}"
bb = f"{x!r}" f"{x!r:}" f"{x:}"
cc = f"{3 != 4} {3 <= 4} {a == b} {c >= d}"
dd = f"""{
    a
}"""
