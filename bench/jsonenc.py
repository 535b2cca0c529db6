"""Mixed: a JSON-like encoder and decoder written in pure Python (no json
module): recursive encoding of dicts, lists, strings with escapes, ints,
floats, booleans and None, then a recursive-descent decoder, with a
round-trip check."""
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r", "/": "/"}


def encode_str(s):
    out = ['"']
    for ch in s:
        e = ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ch < " ":
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return encode_str(v)
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(encode(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ",".join(encode_str(k) + ":" + encode(x) for k, x in v.items()) + "}"
    raise TypeError(type(v).__name__)


class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def value(self):
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if self.s.startswith("null", self.i):
            self.i += 4
            return None
        if self.s.startswith("true", self.i):
            self.i += 4
            return True
        if self.s.startswith("false", self.i):
            self.i += 5
            return False
        return self.number()

    def obj(self):
        self.i += 1
        d = {}
        if self.s[self.i] == "}":
            self.i += 1
            return d
        while True:
            k = self.string()
            self.i += 1  # ':'
            d[k] = self.value()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return d

    def arr(self):
        self.i += 1
        out = []
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out

    def string(self):
        s = self.s
        i = self.i + 1
        parts = []
        start = i
        while True:
            c = s[i]
            if c == '"':
                parts.append(s[start:i])
                self.i = i + 1
                return "".join(parts)
            if c == "\\":
                parts.append(s[start:i])
                e = s[i + 1]
                if e == "u":
                    parts.append(chr(int(s[i + 2:i + 6], 16)))
                    i += 6
                else:
                    parts.append(UNESCAPES[e])
                    i += 2
                start = i
            else:
                i += 1

    def number(self):
        s = self.s
        j = self.i
        while j < len(s) and s[j] in "+-0123456789.eE":
            j += 1
        text = s[self.i:j]
        self.i = j
        if "." in text or "e" in text or "E" in text:
            return float(text)
        return int(text)


def make_doc(seed, n):
    state = seed
    items = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        items.append({
            "id": i,
            "name": "user_%d\t\"q\"" % (state % 1000),
            "score": (state % 10000) / 7.0,
            "active": state % 2 == 0,
            "tags": ["t%d" % (state % k) for k in range(2, 6)],
            "parent": None if i % 5 else i // 5,
            "nested": {"a": [1, 2.5, {"b": "line\nbreak"}], "c": state % 97},
        })
    return {"version": 3, "items": items}


def main(rounds):
    check = 0
    for r in range(rounds):
        doc = make_doc(r + 1, 120)
        text = encode(doc)
        back = Decoder(text).value()
        check += (back == doc) + len(text) + len(back["items"])
        check += sum(len(it["tags"]) for it in back["items"])
    print("jsonenc", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1300)
