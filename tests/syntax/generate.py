#!/usr/bin/env python3
"""Writes the expectations of the syntax-error corpus with CPython 3.11 (run from the repository root:
python3 tests/syntax/generate.py).

For every tests/syntax/<group>/<name>.py:
- <name>.err: the stderr of `python3 tests/syntax/<group>/<name>.py` (the repository root's absolute
  path and '/' removed, as ProgramsTest does), always with exit status 1;
- one line of tests/syntax/expected.tsv: the path, then the exception that
  compile(source_bytes, path, "exec", ast.PyCF_ONLY_AST) raises: class, msg, lineno, offset,
  end_lineno, end_offset, text, tab-separated and escaped by escape() (None as <None>).
"""
import ast
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path("tests/syntax")


def escape(v):
    """None as <None>; in strings \\ \\t \\n \\r and other C0 controls and DEL as \\xHH."""
    if v is None:
        return "<None>"
    if not isinstance(v, str):
        return str(v)
    out = []
    for ch in v:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or 0xD800 <= ord(ch) < 0xE000:
            out.append("\\x%02x" % ord(ch) if ord(ch) < 0x100 else "\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def fields(path):
    data = path.read_bytes()
    try:
        compile(data, str(path), "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as e:
        return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
    except (ValueError, MemoryError, RecursionError) as e:
        return [type(e).__name__, str(e), None, None, None, None, None]
    return None


def stderr(path):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("PYTHONWARNINGS", None)
    run = subprocess.run([sys.executable, str(path)], capture_output=True, env=env, timeout=30)
    assert run.returncode == 1, (path, run.returncode)
    return run.stderr.decode("utf-8", "surrogateescape").replace(os.getcwd() + "/", "")


def main():
    rows = []
    for path in sorted(ROOT.glob("*/*.py")):
        f = fields(path)
        if f is None:
            raise SystemExit("%s compiles: not a syntax error" % path)
        rows.append("\t".join([str(path)] + [escape(v) for v in f]))
        path.with_suffix(".err").write_text(stderr(path), encoding="utf-8", errors="surrogateescape")
    (ROOT / "expected.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8", errors="surrogatepass")
    print(len(rows), "cases")


if __name__ == "__main__":
    main()
