# SyntaxError attributes from the constructor and from compile().
s = SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.args)
print(str(s), repr(s))
s = SyntaxError("bad", ("f.py", 3, 4, "x = ("))
print(s.end_lineno, s.end_offset, str(s))
s = SyntaxError("m")
print(s.msg, s.filename, s.lineno, str(s), s.print_file_and_line)
s = SyntaxError()
print(s.msg, repr(str(s)))
s = SyntaxError("m", ("dir/sub/g.py", None, None, None))
print(str(s))
s = SyntaxError("m", (None, 7, None, None))
print(str(s))
for info in [(1, 2, 3), (1, 2, 3, 4, 5, 6, 7), 5]:
    try:
        SyntaxError("m", info)
    except Exception as x:
        print(type(x).__name__, x)
try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as x:
    print(type(x).__name__, x.msg, x.filename, x.lineno, x.offset, repr(x.text), x.end_lineno, x.end_offset)
    print(str(x))
try:
    compile("  if x:\n pass", "t.py", "exec")
except IndentationError as x:
    print(type(x).__name__, x.msg, x.lineno, x.offset, repr(x.text), str(x))
try:
    compile("if 1:\n\tx=1\n        y=2\n", "t.py", "exec")
except SyntaxError as x:
    print(type(x).__name__, x.msg, x.lineno, str(x))
s = SyntaxError("a", "b", "c")
print(s.msg, s.args, str(s))
