# exec, eval and compile with their namespaces and modes.
g = {}
exec("x = 6 * 7\ny = x + 1", g)
print(g["x"], g["y"], "__builtins__" in g)
print(eval("x * 2", g), eval("a + b", {}, {"a": 1, "b": 2}))
ns = {"n": 3}
exec(compile("r = [i * n for i in range(n)]", "<gen>", "exec"), ns)
print(ns["r"])
code = compile("1 + 2", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code))
exec(compile("40 + 2", "<single>", "single"))
exec(compile("None", "<single>", "single"))
print(eval(b"10 // 3"))
exec("def sq(v):\n    return v * v\n", g)
print(g["sq"](9))
loc = {}
exec("z = 5", None, loc)
print(loc)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    compile("x", "f", "bad")
except ValueError as e:
    print("ValueError:", e)
print(eval("__name__"), eval("len('abc')"))
