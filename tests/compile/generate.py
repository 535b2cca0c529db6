#!/usr/bin/env python3
"""Writes the expectations of the compiler corpus with CPython 3.11 (run from the repository root:
python3 tests/compile/generate.py).

For every tests/compile/errors/<group>/<name>.py (a source the parser accepts and the compiler
rejects: symtable.c, compile.c, future.c):
- one line of tests/compile/errors.tsv: the path, then the exception that
  compile(source_bytes, path, "exec") raises: class, msg, lineno, offset, end_lineno, end_offset,
  text, tab-separated and escaped as tests/syntax/generate.py's escape() does (None as <None>);
- <name>.err: the stderr of `python3 tests/compile/errors/<group>/<name>.py` (the repository root's
  absolute path and '/' removed), always with exit status 1.

For every tests/compile/warnings/<group>/<name>.py (a source that compiles with SyntaxWarning or
DeprecationWarning, or, named *_ok, a near miss that emits none; modules these import live one
folder further down, in warnings/<group>/pkg/), <name>.expected holds four runs, each as a "## <command>" header, then its
stdout and stderr (root removed) and its exit status:
`python3 PATH`, `python3 -W always PATH`, `python3 -W error PATH`, and
`python3 tests/compile/record.py PATH` (compile() under warnings.catch_warnings).
"""
import ast
import os
import pathlib
import subprocess
import sys

sys.path.insert(0, "tests/syntax")
from generate import escape  # noqa: E402

ROOT = pathlib.Path("tests/compile")
RUNS = [[], ["-W", "always"], ["-W", "error"], [str(ROOT / "record.py")]]


def run(args):
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONWARNINGS", None)
    r = subprocess.run([sys.executable] + args, capture_output=True, env=env, timeout=60)
    strip = lambda b: b.decode("utf-8", "surrogateescape").replace(os.getcwd() + "/", "")
    return strip(r.stdout), strip(r.stderr), r.returncode


def fields(path):
    data = path.read_bytes()
    ast.parse(data, str(path))
    try:
        compile(data, str(path), "exec", dont_inherit=True)
    except SyntaxError as e:
        return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
    raise SystemExit("%s compiles: not a compiler error" % path)


def errors():
    rows = []
    for path in sorted((ROOT / "errors").glob("*/*.py")):
        rows.append("\t".join([str(path)] + [escape(v) for v in fields(path)]))
        out, err, status = run([str(path)])
        assert status == 1 and out == "", (path, status, out)
        path.with_suffix(".err").write_text(err, encoding="utf-8", errors="surrogateescape")
    (ROOT / "errors.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8", errors="surrogatepass")
    return len(rows)


def expected(path):
    """The four runs of a warning source, in the form CompileCorpusTest rebuilds."""
    parts = []
    for opts in RUNS:
        args = opts + [str(path)]
        out, err, status = run(args)
        parts.append("## python3 %s\n--- stdout\n%s--- stderr\n%s--- status %d\n" % (" ".join(args), out, err, status))
    return "".join(parts)


def warnings():
    paths = sorted((ROOT / "warnings").glob("*/*.py"))
    for path in paths:
        text = expected(path)
        if ("Warning" in text or "SyntaxError" in text) == path.stem.endswith("_ok"):
            raise SystemExit("%s: a name ending in _ok is for a source that emits no warning" % path)
        path.with_suffix(".expected").write_text(text, encoding="utf-8", errors="surrogateescape")
    return len(paths)


def main():
    print(errors(), "error sources,", warnings(), "warning sources")


if __name__ == "__main__":
    main()
