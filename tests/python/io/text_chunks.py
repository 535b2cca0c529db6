# Differential check of TextIOWrapper and StringIO: random text (multi-byte and astral characters, every
# newline) read with small chunk sizes by readline/read mixes, written back, and tell/seek round trips.
import io
class R:
    def __init__(self, seed): self.x = seed
    def randint(self, a, b):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return a + (self.x >> 8) % (b - a + 1)
    def choice(self, seq): return seq[self.randint(0, len(seq) - 1)]
rnd = R(7)
pieces = ["a", "bc", "\n", "\r", "\r\n", "é", "€", "😀", "xyz"]
out = []
for trial in range(300):
    text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
    data = text.encode("utf-8")
    nl = rnd.choice([None, "", "\n", "\r", "\r\n"])
    t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    t._CHUNK_SIZE = rnd.randint(1, 8)
    res = []
    while True:
        op = rnd.randint(0, 3)
        if op == 0:
            s = t.readline()
        elif op == 1:
            s = t.readline(rnd.randint(0, 5))
        elif op == 2:
            s = t.read(rnd.randint(0, 5))
        else:
            s = t.read(rnd.randint(1, 3))
        res.append(s)
        if s == "" and op != 1 and op != 2:
            break
        if len(res) > 200:
            break
    out.append(repr((nl, res, t.newlines)))
    t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    t._CHUNK_SIZE = rnd.randint(1, 8)
    t.read(rnd.randint(0, 6))
    t.readline()
    cookie = t.tell()
    rest = t.read()
    t.seek(cookie)
    out.append(repr((rest, t.read() == rest)))
    w = io.BytesIO()
    t = io.TextIOWrapper(w, encoding="utf-8", newline=nl)
    for part in text.split("a"):
        t.write(part)
    t.flush()
    out.append(repr(w.getvalue()))
    s = io.StringIO(text, newline=nl)
    out.append(repr((s.readlines(), s.getvalue(), s.newlines)))
print("\n".join(out))
