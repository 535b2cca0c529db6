"""Mixed: a tiny language.  A hand-written tokenizer, a recursive-descent
parser building tuples as AST nodes, and a tree-walking evaluator with
variables, while loops, if/else and function calls, running small
programs (loops, recursion) written in that language."""
import sys

SOURCE = """
fn fact(n) { if n < 2 { return 1; } return n * fact(n - 1); }
fn fibs(n) { a = 0; b = 1; i = 0; while i < n { t = a + b; a = b; b = t; i = i + 1; } return a; }
fn gcd(a, b) { while b != 0 { t = a % b; a = b; b = t; } return a; }
total = 0;
k = 0;
while k < LIMIT {
    total = total + fact(k % 12) % 1000 + fibs(k % 30) % 997 + gcd(k * 12, 84);
    if k % 3 == 0 { total = total - 1; } else { total = total + 2; }
    k = k + 1;
}
print(total);
"""

KEYWORDS = {"fn", "if", "else", "while", "return"}
OPS2 = {"==", "!=", "<=", ">="}


def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(("kw" if word in KEYWORDS else "name", word))
            i = j
        elif src[i:i + 2] in OPS2:
            toks.append(("op", src[i:i + 2]))
            i += 2
        else:
            toks.append(("op", c))
            i += 1
    toks.append(("eof", None))
    return toks


class Parser:
    PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2,
            "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}

    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def next(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, value):
        t = self.next()
        if t[1] != value:
            raise SyntaxError("expected %r, got %r" % (value, t[1]))
        return t

    def program(self):
        stmts = []
        while self.peek()[0] != "eof":
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.expect("{")
        stmts = []
        while self.peek()[1] != "}":
            stmts.append(self.statement())
        self.expect("}")
        return stmts

    def statement(self):
        kind, value = self.peek()
        if kind == "kw":
            self.next()
            if value == "fn":
                name = self.next()[1]
                self.expect("(")
                params = []
                while self.peek()[1] != ")":
                    params.append(self.next()[1])
                    if self.peek()[1] == ",":
                        self.next()
                self.expect(")")
                return ("fn", name, params, self.block())
            if value == "if":
                cond = self.expr(0)
                body = self.block()
                orelse = []
                if self.peek()[1] == "else":
                    self.next()
                    orelse = self.block()
                return ("if", cond, body, orelse)
            if value == "while":
                return ("while", self.expr(0), self.block())
            if value == "return":
                e = self.expr(0)
                self.expect(";")
                return ("return", e)
        if kind == "name" and self.toks[self.pos + 1][1] == "=":
            self.pos += 2
            e = self.expr(0)
            self.expect(";")
            return ("set", value, e)
        e = self.expr(0)
        self.expect(";")
        return ("expr", e)

    def expr(self, min_prec):
        left = self.atom()
        while True:
            op = self.peek()[1]
            prec = self.PREC.get(op) if isinstance(op, str) else None
            if prec is None or prec <= min_prec:
                return left
            self.next()
            left = ("bin", op, left, self.expr(prec))

    def atom(self):
        kind, value = self.next()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            if self.peek()[1] == "(":
                self.next()
                args = []
                while self.peek()[1] != ")":
                    args.append(self.expr(0))
                    if self.peek()[1] == ",":
                        self.next()
                self.expect(")")
                return ("call", value, args)
            return ("var", value)
        if value == "(":
            e = self.expr(0)
            self.expect(")")
            return e
        raise SyntaxError("unexpected %r" % (value,))


class Return(Exception):
    def __init__(self, value):
        self.value = value


BINOPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a // b, "%": lambda a, b: a % b,
    "<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
}


class Interpreter:
    def __init__(self, out):
        self.funcs = {}
        self.out = out

    def run(self, stmts, env):
        for s in stmts:
            self.execute(s, env)

    def execute(self, s, env):
        tag = s[0]
        if tag == "set":
            env[s[1]] = self.eval(s[2], env)
        elif tag == "expr":
            self.eval(s[1], env)
        elif tag == "if":
            self.run(s[2] if self.eval(s[1], env) else s[3], env)
        elif tag == "while":
            while self.eval(s[1], env):
                self.run(s[2], env)
        elif tag == "return":
            raise Return(self.eval(s[1], env))
        elif tag == "fn":
            self.funcs[s[1]] = (s[2], s[3])

    def eval(self, e, env):
        tag = e[0]
        if tag == "num":
            return e[1]
        if tag == "var":
            return env[e[1]]
        if tag == "bin":
            return BINOPS[e[1]](self.eval(e[2], env), self.eval(e[3], env))
        if tag == "call":
            args = [self.eval(a, env) for a in e[2]]
            if e[1] == "print":
                self.out.append(args[0])
                return None
            params, body = self.funcs[e[1]]
            local = dict(zip(params, args))
            try:
                self.run(body, local)
            except Return as r:
                return r.value
            return None
        raise ValueError(tag)


def main(limit):
    toks = tokenize(SOURCE)
    tree = Parser(toks).program()
    out = []
    Interpreter(out).run(tree, {"LIMIT": limit})
    # Tokenizing and parsing a larger source measures the front end too.
    big = SOURCE * 40
    ntoks = 0
    for _ in range(limit // 100 + 1):
        t = tokenize(big)
        ntoks += len(t) + len(Parser(t).program())
    print("interp", out, len(toks), ntoks)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50000)
