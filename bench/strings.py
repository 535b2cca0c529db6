"""Str work: building strings with += and join, slicing, find/replace/
split/strip/upper, %-formatting, str.format and f-strings, and a
character-level Caesar cipher."""
import sys


def make_text(n):
    parts = []
    for i in range(n):
        parts.append("Item%d:%s;" % (i, "abcdefghij"[i % 10] * (i % 5 + 1)))
    return " ".join(parts)


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def reverse_words(s):
    return " ".join(w[::-1] for w in s.split(" "))


def report(i, name, value):
    a = f"{name:>10}|{value:08.3f}|{i:#x}"
    b = "{0}-{1!r}-{2:<5d}".format(name, value, i)
    c = "%s=%d (%.2f%%)" % (name, i, value)
    return a + b + c


def main(rounds):
    check = 0
    for r in range(rounds):
        text = make_text(400)
        enc = caesar(text, r % 25 + 1)
        dec = caesar(enc, 25 - r % 25)
        check += (dec == text)
        fields = text.split(";")
        stripped = [f.strip().upper() for f in fields if f]
        check += sum(len(s) for s in stripped)
        joined = ",".join(stripped)
        check += joined.count("ITEM") + joined.find("ITEM3") + joined.rfind("C")
        check += len(joined.replace("ITEM", "i").lower())
        rev = reverse_words(text[r % 50:r % 50 + 2000])
        check += rev.index(":") + ord(rev[-1])
        acc = ""
        for i in range(300):
            acc += report(i, "n" + str(i % 7), i / 7.0)[i % 20:]
        check += len(acc) + hash(acc[:0]) + acc.startswith("    ") + acc.endswith(")")
        check += sum(1 for c in acc if c.isdigit())
    print("strings", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2300)
