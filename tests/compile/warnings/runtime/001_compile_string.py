code = compile("x = 1\nprint(x is 1)\n", "<string>", "exec")
exec(code)
print("done")
