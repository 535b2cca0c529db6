import sys
print("before", file=sys.stderr)
exec(compile("if 1:\n    z = 1 is 1\n", "nowhere/missing.py", "exec"))
