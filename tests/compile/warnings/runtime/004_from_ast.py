PyCF_ONLY_AST = 0x400
tree = compile("y = 2\nprint(y is 2)\n", "virtual.py", "exec", PyCF_ONLY_AST)
print("parsed", type(tree).__name__)
exec(compile(tree, "virtual.py", "exec"))
