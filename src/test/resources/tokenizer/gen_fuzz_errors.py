#!/usr/bin/env python3
"""Writes fuzz_errors.tsv.gz: random mutations of stdlib snippets that CPython 3.11 rejects with
a lexical SyntaxError, in errors.tsv's format (see gen_errors.py). Usage: gen_fuzz_errors.py SEED COUNT.

Chunks of 1-12 lines of stdlib files get 1-3 insertions (quotes, brackets, backslashes,
indentation, digits, non-ASCII and malformed UTF-8 bytes, line endings) or deletions. Kept are
sources whose compile() error is one the tokenizer raises itself; "(unicode error)" ones are left
out, as their order against other errors depends on the parser.
"""
import gzip, os, random, sys, warnings
from gen_errors import escape

LEXICAL = ("leading zeros", "invalid character", "invalid non-printable", "unknown encoding", "encoding problem",
           "invalid decimal literal", "invalid hexadecimal literal", "invalid octal literal", "invalid binary literal",
           "invalid imaginary literal", "invalid digit", "unterminated", "unindent does not match",
           "inconsistent use of tabs", "unmatched", "closing parenthesis", "was never closed",
           "unexpected character after line continuation", "unexpected EOF", "too many")
INSERTS = [b"\n\t", b"\n ", b"\n        ", b"\t", b"\\\n", b"(\n", b"\n)", b"\n  ", b"\r\n", b"'", b'"', b"'''", b'"""',
           b"(", b")", b"[", b"]", b"{", b"}", b"\\", b"    ", b"  ", b"\n", b"0", b"0x", b"1_", b"0o", b"9", b"e", b"j",
           b".", b"\xe2\x82\xac", b"\xc2\xa0", b"#", b"\r", b"\f", b"b'", b"f'", b"\x01", b"\xff", b"\xc3\xa9"]


def mutate(rng, files):
    while True:
        lines = open(rng.choice(files), "rb").read().split(b"\n")
        if len(lines) >= 3:
            break
    i = rng.randrange(len(lines))
    chunk = bytearray(b"\n".join(lines[i:i + rng.randint(1, 12)]) + b"\n")
    for _ in range(rng.randint(1, 3)):
        p = rng.randrange(len(chunk) + 1)
        if rng.random() < 0.3 and len(chunk) > 1:
            del chunk[p:p + 1]
        else:
            chunk[p:p] = rng.choice(INSERTS)
    return bytes(chunk)


def main():
    warnings.simplefilter("ignore")
    rng = random.Random(int(sys.argv[1]))
    count = int(sys.argv[2])
    lib = os.path.dirname(os.__file__)
    files = []
    for root, dirs, names in os.walk(lib):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    rows = []
    while len(rows) < count:
        src = mutate(rng, files)
        if b"\0" in src:
            continue
        try:
            compile(src, "f", "exec")
            continue
        except SyntaxError as e:
            if not e.msg.startswith(LEXICAL):
                continue
            fields = ["b", src.hex(), type(e).__name__, escape(e.msg)]
            fields += [str(v) for v in (e.lineno, e.offset, e.end_lineno, e.end_offset)]
            fields.append("<None>" if e.text is None else escape(e.text))
            rows.append("\t".join(fields))
        except (ValueError, RecursionError, MemoryError):
            continue
    with gzip.open("fuzz_errors.tsv.gz", "wt", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
