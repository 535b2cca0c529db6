# Serialises ast.parse(source) of each named file into the whitespace-separated
# token form that org.sanca.compiler.AstReader (test scope) reads back:
#   N Class field... [lineno col_offset end_lineno end_col_offset]   a node
#   L n item...        a list          -   None
#   s HEX              a str field (UTF-16-LE hex)      i N   an int field
#   C const            a constant: None True False ... int N, float HEX,
#                      complex HEX HEX, str HEX, bytes HEX, tuple n ..., frozenset n ...
# Usage: python3 astser.py FILE [MODE]  (MODE exec, eval or single; prints to stdout;
# "ERR msg" when it does not parse)
import ast
import sys


def s16(text):
    return text.encode("utf-16-le", "surrogatepass").hex() or "."


def const(v, out):
    if v is None or v is True or v is False or v is ...:
        out.append("None" if v is None else "..." if v is ... else repr(v))
    elif isinstance(v, int):
        out.append("int " + str(v))
    elif isinstance(v, float):
        out.append("float " + v.hex())
    elif isinstance(v, complex):
        out.append("complex " + v.real.hex() + " " + v.imag.hex())
    elif isinstance(v, str):
        out.append("str " + s16(v))
    elif isinstance(v, bytes):
        out.append("bytes " + (v.hex() or "."))
    elif isinstance(v, (tuple, frozenset)):
        out.append("%s %d" % (type(v).__name__, len(v)))
        for x in v:
            const(x, out)
    else:
        raise TypeError(type(v))


def node(n, out):
    if n is None:
        out.append("-")
    elif isinstance(n, list):
        out.append("L %d" % len(n))
        for x in n:
            node(x, out)
    elif isinstance(n, str):
        out.append("s " + s16(n))
    elif isinstance(n, int):
        out.append("i %d" % n)
    elif isinstance(n, ast.AST):
        out.append("N " + type(n).__name__)
        for f in n._fields:
            v = getattr(n, f, None)
            if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == "value":
                out.append("C")
                const(v, out)
            else:
                node(v, out)
        for a in n._attributes:
            out.append(str(getattr(n, a, None) if getattr(n, a, None) is not None else -1))
    else:
        raise TypeError(type(n))


def main(path, mode="exec"):
    with open(path, "rb") as f:
        src = f.read()
    try:
        tree = ast.parse(src, path, mode)
    except (SyntaxError, ValueError) as e:
        print("ERR", e)
        return
    out = []
    node(tree, out)
    sys.stdout.write("\n".join(out) + "\n")


main(*sys.argv[1:])
