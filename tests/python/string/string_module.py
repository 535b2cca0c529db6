# _string: formatter_parser and formatter_field_name_split as unicode_format.h parses (errors when iteration reaches them), and string.Formatter/Template over them.
import _string
cases = ["", "abc", "a{0}b", "{}", "{0!r}", "{0!r:>10}", "{a.b[c]:{w}}", "a{{b", "a}}b", "{{}}", "}", "a{", "{0", "{0!}", "{0!rx}", "{0:{1:{2}}}", "x{0[a:b]!s:^5}y", "{!r}", "{:}", "{a[}", "{0[]}", "ab{c}de{f!a}gh", "{0.}", "{0[x]y}", "{:{{}}}"]
for c in cases:
    try:
        print(repr(c), list(_string.formatter_parser(c)))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for name in ["", "0", "a", "a.b", "a[0]", "0.x[y][12].z", "a.", "a[", "a[]", "a[0]x", "a..b", "12a", "a[x.y]"]:
    try:
        first, rest = _string.formatter_field_name_split(name)
        print(repr(name), repr(first), list(rest))
    except Exception as e:
        print(repr(name), type(e).__name__, e)
import string
print(string.Formatter().format("{0}-{x!r:>5}-{y[1]}", 1, x='q', y=[3, 4]))
print(string.Template("$a and ${b}").substitute(a=1, b=2), string.capwords(" hello  world "))
for c in ["{0!r}x", "{0!", "{0!r", "{0:", "{0:{", "{a{b}", "{[}", "{0[}]}", "{0!:x}", "{!}", "{x!r:{y!s:{z}}}"]:
    try:
        print(repr(c), list(_string.formatter_parser(c)))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
it = _string.formatter_parser("a{0}b{1}}c")
print(next(it), next(it))
it = _string.formatter_parser("a}c")
try: next(it)
except ValueError as e: print(e)
print(type(_string.formatter_parser("")).__name__, type(_string.formatter_field_name_split("a")[1]).__name__)
