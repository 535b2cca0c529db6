"""Sorting: sorted() and list.sort() of ints, strings and tuples, key
functions (lambda, str.lower, itemgetter-like functions), reverse=True,
stability over repeated keys, min/max with keys, and a hand-written
merge sort for comparison."""
import sys


def rand_ints(n, seed):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append(state >> 40)
    return out


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


class Record:
    __slots__ = ("name", "age", "score")

    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score


def main(rounds):
    check = 0
    for r in range(rounds):
        xs = rand_ints(4000, r + 1)
        s1 = sorted(xs)
        s2 = merge_sort(xs)
        check += (s1 == s2) + s1[len(s1) // 2] % 1000
        names = ["%s%d" % ("AbCdEfGh"[x % 8], x % 97) for x in xs]
        check += len(sorted(names, key=str.lower)[7])
        recs = [Record(names[i], xs[i] % 60, xs[i] % 1000) for i in range(len(xs))]
        recs.sort(key=lambda rec: (rec.age, -rec.score))
        check += recs[0].score + recs[-1].age
        by_score = sorted(recs, key=lambda rec: rec.score, reverse=True)
        check += by_score[10].score
        tuples = [(x % 10, x % 7, x) for x in xs]
        tuples.sort()
        check += tuples[100][2] % 1000
        tuples.sort(key=lambda t: t[1])
        check += tuples[1000][2] % 1000
        check += max(xs, key=lambda v: v % 1013) % 1000 + min(names, key=len).__len__()
        xs.sort(reverse=True)
        check += xs[5] % 1000
    print("sorting", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
