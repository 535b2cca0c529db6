"""Integer arithmetic loops: Collatz chain lengths, Euclid's gcd, modular
exponentiation by squaring written out, digit sums and bit twiddling.
Measures the eval loop on small ints (+, -, *, //, %, <<, >>, &, ^)."""
import sys


def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def powmod(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s


def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


def main(n):
    best, best_at = 0, 0
    for i in range(1, n):
        length = collatz_len(i)
        if length > best:
            best, best_at = length, i
    g = 0
    for i in range(1, n // 4):
        g += gcd(i * 7919, (i ^ 0x5A5A) + 1)
    p = 0
    for i in range(2, n // 20):
        p ^= powmod(i, 65537, 1000000007)
    ds = 0
    bits = 0
    for i in range(n):
        ds += digit_sum(i * 2654435761 % 4294967296)
        bits += popcount(i * i)
    print("collatz", best, best_at, "gcd", g, "powmod", p, "digits", ds, "bits", bits)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 700000)
