#!/usr/bin/env python3
"""Writes CPython 3.11's token stream for the tokenizer tests (run from this directory).

For each source (snippets/*.py and a few stdlib files) it writes <name>.tokens.gz: one
token per line (after a "#SOURCE<tab>path" line naming a stdlib file), tab-separated: TYPE lineno col end_lineno end_col string. It mirrors what
CPython's C tokenizer gives the parser, derived from Lib/tokenize.py: NL, COMMENT and
ENCODING are dropped, OP becomes its exact type, columns are UTF-8 byte offsets, NEWLINE
is empty and starts at a trailing comment's '#' (else at the newline), INDENT, DEDENT and
ENDMARKER have columns -1 and a line number no greater than the last line's; a single-line
token ends its text's length after its start (tokenize.py miscounts after a form feed).
"""
import glob, gzip, io, os, sys, token, tokenize, unicodedata

STDLIB = os.path.dirname(os.__file__)
STDLIB_FILES = ["textwrap.py", "ast.py", "tokenize.py", "json/decoder.py", "test/test_grammar.py",
                "test/test_fstring.py", "test/test_unicode_identifiers.py", "email/_header_value_parser.py"]


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def stream(data):
    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    text = data.decode(enc)
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").splitlines(keepends=True) or ["\n"]

    def bcol(row, col):
        return len(lines[row - 1][:col].encode("utf-8")) if row <= len(lines) else 0

    out = []
    comment = None
    # CPython's translate_newlines turns a final "\r\n" into two newlines
    last = len(lines) + (1 if text.endswith("\r\n") else 0)
    for t in merge_identifiers(tokenize.tokenize(io.BytesIO(data).readline)):
        if t.type == tokenize.COMMENT:
            comment = t
        if t.type in (tokenize.NL, tokenize.COMMENT, tokenize.ENCODING):
            continue
        (r1, c1), (r2, c2) = t.start, t.end
        name, s = tokenize.tok_name[t.type], t.string
        if t.type == tokenize.OP:
            name = token.tok_name[token.EXACT_TOKEN_TYPES[s]]
        if t.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            r1 = r2 = min(r1, last)
            out.append((name, r1, -1, r2, -1, ""))
            continue
        if t.type == tokenize.NEWLINE:
            start = bcol(r1, comment.start[1]) if comment and comment.start[0] == r1 else bcol(r1, c1)
            out.append((name, r1, start, r1, bcol(r1, c1), ""))
            continue
        if t.type == tokenize.NAME:
            s = unicodedata.normalize("NFKC", s)
        start = bcol(r1, c1)
        end = start + len(t.string.encode("utf-8")) if r1 == r2 else bcol(r2, c2)
        out.append((name, r1, start, r2, end, s))
    return out


def merge_identifiers(tokens):
    """Joins a NAME and the ERRORTOKEN tokenize.py splits off it where the C tokenizer sees
    one identifier (tokenize's regex misses some XID_Continue characters, e.g. U+E0100)."""
    prev = None
    for t in tokens:
        if (prev is not None and prev.type == tokenize.NAME and t.type == tokenize.ERRORTOKEN
                and t.start == prev.end and (prev.string + t.string).isidentifier()):
            prev = prev._replace(string=prev.string + t.string, end=t.end)
            continue
        if prev is not None:
            yield prev
        prev = t
    if prev is not None:
        yield prev


def write(name, data, source=None):
    with gzip.open(name + ".tokens.gz", "wt", encoding="utf-8", newline="\n") as f:
        if source:
            f.write("#SOURCE\t" + source + "\n")
        for t in stream(data):
            f.write("\t".join(str(x) for x in t[:5]) + "\t" + escape(t[5]) + "\n")


def main():
    for path in sorted(glob.glob("snippets/*.py")):
        with open(path, "rb") as f:
            write(path[:-3], f.read())
    os.makedirs("stdlib", exist_ok=True)
    for rel in STDLIB_FILES:
        with open(os.path.join(STDLIB, rel), "rb") as f:
            write("stdlib/" + rel.replace("/", "_")[:-3], f.read(), rel)


if __name__ == "__main__":
    main()
