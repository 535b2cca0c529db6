"""Dict work: counting words of a generated text, inverting and merging
dicts, setdefault/get/pop, dict comprehensions, iteration over items,
and tuple and string keys."""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "pu", "ra", "si", "to", "vu", "ze", "an", "or"]


def words(n, seed):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (state >> 8) % 3
        w = ""
        s = state
        for _ in range(k):
            w += SYLLABLES[s % 12]
            s //= 12
        out.append(w)
    return out


def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_len(counts):
    groups = {}
    for w, c in counts.items():
        groups.setdefault(len(w), []).append((w, c))
    return groups


def bigrams(ws):
    pairs = {}
    prev = None
    for w in ws:
        key = (prev, w)
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
        prev = w
    return pairs


def main(rounds):
    check = 0
    for r in range(rounds):
        ws = words(6000, r + 1)
        counts = count(ws)
        inv = {c: w for w, c in counts.items()}
        groups = group_by_len(counts)
        pairs = bigrams(ws)
        merged = dict(counts)
        merged.update({w: -c for w, c in counts.items() if c % 2})
        for w in list(merged)[:50]:
            merged.pop(w, None)
        top = 0
        for (a, b), c in pairs.items():
            if c > top:
                top = c
        check += len(counts) + len(inv) + len(groups) + len(pairs) + top
        check += sum(merged.values()) % 9973
        check += sum(len(v) for v in groups.values())
        check += ("kaka" in counts) + len(counts.keys() & inv.values())
    print("dicts", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1300)
