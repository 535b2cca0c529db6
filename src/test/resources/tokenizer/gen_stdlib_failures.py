#!/usr/bin/env python3
"""Writes stdlib_failures.tsv: every .py file of CPython 3.11's Lib that compile() rejects,
with its SyntaxError (path relative to Lib, class, msg, lineno, offset). Run from this directory."""
import os, warnings

def main():
    warnings.simplefilter("ignore")
    lib = os.path.dirname(os.__file__)
    rows = []
    for root, dirs, files in os.walk(lib):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                data = f.read()
            try:
                compile(data, path, "exec", dont_inherit=True)
            except SyntaxError as e:
                msg = e.msg.replace("\t", " ").replace("\n", " ")
                rows.append("\t".join([os.path.relpath(path, lib), type(e).__name__, msg, str(e.lineno), str(e.offset)]))
            except (ValueError, RecursionError, MemoryError) as e:
                rows.append("\t".join([os.path.relpath(path, lib), type(e).__name__, str(e), "None", "None"]))
    with open("stdlib_failures.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")

if __name__ == "__main__":
    main()
