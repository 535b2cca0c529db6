# exec/eval/compile details: locals() snapshots, free variables seen by eval, __builtins__ insertion, argument and mode errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
# vars() / locals() semantics in functions with exec
def f():
    a = 1
    exec("a = 2; b = 3")
    return a, sorted(k for k in locals())
t(f)
def g():
    x = 1
    l = locals()
    x = 2
    l2 = locals()
    return l is l2, l["x"]
t(g)
# eval with locals() of function capturing free vars
def h():
    y = 5
    def inner():
        return eval("y")
    return inner()
t(h)
def h2():
    y = 5
    def inner():
        y
        return eval("y")
    return inner()
t(h2)
# globals() inside exec
ns = {}
exec("def q(): return globals() is G\nG = globals()", ns)
t(lambda: ns["q"]())
t(lambda: eval("locals()", {"a": 1}, None) is not None)
t(lambda: sorted(eval("locals()", {"a": 1})))
t(lambda: exec("x = 1", {}, None))
t(lambda: eval("1", None, {}))
t(lambda: eval("1", {}, None))
t(lambda: exec(b"print('bytes source')"))
t(lambda: exec("print('code with locals', a)", None, {"a": 5}))
t(lambda: eval("__builtins__", {}) is not None)
t(lambda: type(eval("__builtins__", {})).__name__)
t(lambda: exec(compile("x=1", "f", "exec"), {}, {}, 1))
t(lambda: exec("a", closure=None) if False else "skip")
t(lambda: eval("lambda: z", {"z": 9})())
t(lambda: eval(" \t1 + 1"))
t(lambda: eval("1\n\n"))
t(lambda: eval("# comment\n1"))
t(lambda: eval("\n1"))
t(lambda: eval("1;2"))
t(lambda: exec("if True:\n  x = 1\n x = 2"))
t(lambda: compile("x", "f", "bad"))
t(lambda: compile(1, "f", "exec"))
t(lambda: compile("x", "f", "exec", flags=0x7fffffff))
t(lambda: compile("1+", "myfile", "eval"))
t(lambda: compile("a b", "<s>", "exec"))
