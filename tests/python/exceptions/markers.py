# The ^^^^ and ~~~~ position markers of tracebacks: binary ops, subscripts, calls, attributes.
import sys

def report(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__.tb_next)

class Obj:
    def __init__(self):
        self.inner = None
        self.items = {}
    def method(self, x):
        return x / 0

o = Obj()
a, b, zero = 1, 2, 0
d = {"k": [1, 2]}

def binop():
    return a + b / zero

def binop_spaces():
    return a     +     "x"

def subscript():
    return d["k"][5]

def subscript_missing():
    return d["missing"]["x"]

def call():
    return o.method(1)

def attr_chain():
    return o.inner.value.deeper

def call_chain():
    return len(o).bit_length()

def nested_calls():
    return int(str(float("nan")))

def whole_line():
    raise ValueError("whole line, no markers")

def multiline():
    return (a +
            b +
            "x")

def multiline_call():
    return sum(
        [1, "a"]
    )

def unicode_line():
    return "ñandú" + 1

def percent():
    return a % zero

def power():
    return 2.0 ** 10000

def compare_call():
    return o.method(3) > 0

def lambda_body():
    f = lambda x: x[3]
    return f([])

def sliced():
    return [1][None:"a":1]

def augmented():
    x = 1
    x += "a"

def star_call():
    return max(*[])

for fn in [binop, binop_spaces, subscript, subscript_missing, call, attr_chain, call_chain,
           nested_calls, whole_line, multiline, multiline_call, unicode_line, percent, power,
           compare_call, lambda_body, sliced, augmented, star_call]:
    report(fn)
