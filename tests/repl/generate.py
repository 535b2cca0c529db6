"""Writes the expected stdout (.out) and stderr (.err) of each tests/repl/*.in fed to
`python3 -q -i` (CPython 3.11's interactive loop on a non-tty stdin); ReplTest feeds the same
input to Sanca. Run from the repository root: python3 tests/repl/generate.py
"""
import glob
import os
import subprocess
import sys

env = dict(os.environ, PYTHONIOENCODING="utf-8")
env.pop("PYTHONSTARTUP", None)
for path in sorted(glob.glob("tests/repl/*.in")):
    with open(path, "rb") as f:
        data = f.read()
    r = subprocess.run([sys.executable, "-q", "-i"], input=data, capture_output=True, env=env)
    base = path[:-3]
    with open(base + ".out", "wb") as f:
        f.write(r.stdout)
    with open(base + ".err", "wb") as f:
        f.write(r.stderr)
