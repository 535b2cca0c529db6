#!/usr/bin/env python3
"""Writes errors.tsv: CPython 3.11's SyntaxError for sources whose error the tokenizer finds.

Each line: mode (b: compile(bytes), s: compile(str), n: compile(bytes, 'f', 'single'),
f: running it as the script fm.py), the source as hex UTF-8/raw bytes,
class, msg, lineno, offset, end_lineno, end_offset, text (escaped: \\\\ \\n \\r \\t; None as
<None>), tab-separated. Run from this directory.
"""

CASES = [
    # indentation
    b"if x:\n    y\n  z\n", b"if x:\n\ty\n        z\n", b"if x:\n        y\n\tz\n", b"if x:\n  y\n   \n\tz\n",
    b"def f():\n" + b"".join(b" " * i + b"if x:\n" for i in range(1, 101)),
    b"if x:\n    y\n  \\\n  z\n", b"if x:\n  y\n \xc3\xa9\n",
    # brackets
    b"x = (1,\n", b"x = (1,", b"x = [1,\n2\n", b"x = )\n", b"x = (]\n", b"x = (\n]\n", b"\n\n\n)", b"x = {1: (2]}\n",
    b"x = ('\xc3\xa9',\n", b"(" * 200 + b"\n", b"f(a,\n  b\n", b"(" * 201 + b"\n", b"x = " + b"[" * 199 + b"{{\n",
    # strings
    b"x = 'abc\n", b"x = 'abc", b"x = '''abc\n\n", b"'''\n\n\nabc", b"x = (1,\n y = 'abc\n", b"x = f'{1}\n",
    b"x = rb'\\'\n", b"x = \"abc\\\n", b"x = '\xc3\xa9t\xc3\xa9\n", b"x = \"\"\"a\"\"\n",
    # continuation
    b"x = 1 + \\ 2\n", b"x = 1 + \\", b"x = 1 + \\\n", b"x = 1\n\n#c\n\\\n", b"x = '\xc3\xa9' \\ 1\n", b"x = (1 + \\\n",
    # numbers
    b"0x\n", b"0xg\n", b"0o8\n", b"0o\n", b"0b2\n", b"0b\n", b"012\n", b"1_\n", b"1__2\n", b"1e\n", b"1e+\n",
    b"1.2e\n", b"1a\n", b"0x1g\n", b"1jx\n", b"0_\n", b"00012\n", b"0b1_\n", b"1.e5x\n", b"0o17a\n", b"0_7\n",
    b"09\n", b"0e\n", b"0.5_\n", b"1_.5\n", b"1._5\n", b"1e_5\n", b"0x1__1\n", b"\xc3\xa9 = 012\n", b"x = 0o19\n",
    b"x = 0b12\n", b"x = 1e-x\n", b"x = 0x\xc3\xa9\n", b"x = 5j_\n", b"x = 1.0_\n", b"x = .5a\n",
    # characters
    b"x = \xe2\x82\xac\n", b"x = a\xc2\xa0b\n", b"x = \x01\n", b"\xe2\x82\xac = 1\n", b"a\xe2\x82\xac = 1\n",
    b"x = '\xc3\xa9' + \xe2\x82\xac\n", b"x\xff = 1\n", b"\xff = 1\n", b"x = \x7f\n", b"x = a\xe2\x80\x8bb\n",
    b"x = 1\n\xe2\x80\xa8\n", b"x = \x0b\n", "x = a\U0001E030\n".encode(), "x = \ua7cb\n".encode(),
    "x = a\u037a\n".encode(),
    # null bytes and encodings
    b"x\x00 = 1\n", b"# coding: foo\nx=1\n", b"\xef\xbb\xbf# coding: latin-1\nx=1\n",
    b"# coding: ascii\nx = '\xe9'\n", b"# coding: utf8\nx='\xff'\n", b"\xef\xbb\xbf# coding: utf8\nx = 1\n",
    b"#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nx = 012\n", b"# coding: latin-1\nx = 012 + '\xe9'\n",
    b"# coding: koi8-\nx = 1\n", b"# -*- coding: koi8-r -*-\nx = 012 + '\xf0\xcf'\n",
    # found by fuzzing against compile()
    b"\n9\xe2\x82\xac\n", b"x = 5\xff\n", b"0\xc3\n", b"x = 9\xc2\xa0\n", b"'''\"\r\n", b"'''\r\r\n", b"x = 1\r\ny = '''\r\n",
    b"from a import b, \\\n    c, \\\n    d, \\\n", b'"foo\\\\\\\r\nx bar\\" dfadf"|foo\\\\x bar" dfadf|\n',
    b"x = '''a\nb''' \\ 1\n", b"if x:\n  y\n\t\n z\n", b"\n'\xe2\xff\xac''\n", b"x = \xe2\xff\xac + 0o9\n",
]
# compiled in "single" mode: no newline is added after the last line
SINGLE_CASES = [b"(1 +", b"1 + \\", b"if x:\n  y\n z", b"x = 'abc", b"x = '''abc\n", b"0x", b"x = (1,\r\n",
                b"\xef\xbb\xbfx = 0o8", b"# coding: latin-1\nx = \xe9 = 012"]
# run as a script (python3 fm.py): CPython's file tokenizer
FILE_CASES = [b"x = 1 # \xff\ny = 2\n", b"x = 1\ny = '\xff'\n", b"x\x00 = 1\n", b"x = 1\ny\x00 = 1\n", b"x = (1,\n",
              b"'''\r\n", b"x = 1 + \\ 2\n", b"if x:\n  y\n z\n", b"x = \xe2\x82\xac\n", b"x = 1 + \\\n  2 \\ 3\n",
              b"x = 'abc\n", b"\xef\xbb\xbf# coding: latin-1\n", b"# coding: foo\n", b"x = (1,", b"if x:\r\n  y\r\n z",
              b"# coding: latin-1\nx = (\xe9,\n"]
STR_CASES = ["x = '\xe9' + \u20ac\n", "if x:\n  y\n \xe9\n", "x = ('\xe9',\n", "\ufeffx = 1\n", "x = 1 + \\ '\xe9'\n"]


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def row(mode, src):
    data = src if mode != "s" else src.encode("utf-8", "surrogatepass")
    try:
        compile(src, "f", "single" if mode == "n" else "exec")
    except SyntaxError as e:
        fields = [mode, data.hex(), type(e).__name__, escape(e.msg)]
        fields += [str(v) for v in (e.lineno, e.offset, e.end_lineno, e.end_offset)]
        fields.append("<None>" if e.text is None else escape(e.text))
        return "\t".join(fields)
    raise AssertionError("no SyntaxError for %r" % src)


HOOK = """import sys
def hook(t, v, tb):
    print(repr([t.__name__, v.msg, v.lineno, v.offset, v.end_lineno, v.end_offset, v.text]))
sys.excepthook = hook
"""


def file_row(src):
    """The SyntaxError of running src as the script fm.py, caught by a sitecustomize hook."""
    import ast, os, subprocess, sys, tempfile
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        with open(os.path.join(d, "fm.py"), "wb") as f:
            f.write(src)
        out = subprocess.run([sys.executable, "fm.py"], cwd=d, env=dict(os.environ, PYTHONPATH=d),
                             capture_output=True, text=True).stdout
    kind, msg, *nums, text = ast.literal_eval(out.strip())
    msg = msg.replace(os.path.join(d, "fm.py"), "fm.py")
    fields = ["f", src.hex(), kind, escape(msg)] + [str(v) for v in nums]
    fields.append("<None>" if text is None else escape(text))
    return "\t".join(fields)


def main():
    import warnings
    warnings.simplefilter("ignore")
    with open("errors.tsv", "w", encoding="utf-8", newline="\n") as f:
        for src in CASES:
            f.write(row("b", src) + "\n")
        for src in STR_CASES:
            f.write(row("s", src) + "\n")
        for src in SINGLE_CASES:
            f.write(row("n", src) + "\n")
        for src in FILE_CASES:
            f.write(file_row(src) + "\n")


if __name__ == "__main__":
    main()
