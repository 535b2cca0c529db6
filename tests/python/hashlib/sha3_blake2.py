# _sha3 (sha3_*, shake_*) and _blake2 (blake2b, blake2s with key, salt, person and tree parameters); hashlib
# imports quietly once every builtin algorithm is there
import hashlib

import _blake2
import _sha3

for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    h = getattr(_sha3, name)(b"abc")
    c = h.copy()
    c.update(b"x" * 300)
    print(name, h.name, h.digest_size, h.block_size, h._rate_bits, h._capacity_bits, h._suffix, h.hexdigest(),
          c.hexdigest()[:20], getattr(_sha3, name)().hexdigest()[:20])
for name in ["shake_128", "shake_256"]:
    h = getattr(_sha3, name)(b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(0), h.digest(200)[-5:],
          getattr(_sha3, name)(b"y" * 1000).hexdigest(40))

for ctor in [_blake2.blake2b, _blake2.blake2s]:
    print(ctor.__name__, ctor().hexdigest(), ctor(b"abc").hexdigest(), ctor(b"abc", digest_size=16).hexdigest(),
          ctor(key=b"secret").hexdigest()[:24], ctor(b"data", key=b"k" * ctor.MAX_KEY_SIZE).hexdigest()[:24],
          ctor(b"m", salt=b"s" * ctor.SALT_SIZE, person=b"p" * ctor.PERSON_SIZE).hexdigest()[:24],
          ctor(b"t", fanout=2, depth=3, leaf_size=4096, node_offset=7, node_depth=1, inner_size=20,
               last_node=True).hexdigest()[:24],
          ctor(b"z" * 1000).hexdigest()[:24], ctor(b"z" * ctor().block_size).hexdigest()[:8])
    h = ctor(b"a")
    h.update(b"b" * 200)
    c = h.copy()
    c.update(b"c")
    print(h.name, h.digest_size, h.block_size, h.hexdigest()[:16], c.hexdigest()[:16], ctor.SALT_SIZE,
          ctor.PERSON_SIZE, ctor.MAX_KEY_SIZE, ctor.MAX_DIGEST_SIZE)
    for kw in [{"digest_size": 0}, {"digest_size": 65}, {"key": b"k" * 65}, {"salt": b"s" * 17}, {"person": b"p" * 17},
               {"fanout": 256}, {"depth": 0}, {"node_depth": 256}, {"inner_size": 65}]:
        try:
            ctor(**kw)
        except (ValueError, OverflowError) as e:
            print("  ", type(e).__name__, e)

print(sorted(hashlib.algorithms_guaranteed))
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"The quick brown fox")
    print(name, h.hexdigest(16) if name.startswith("shake") else h.hexdigest())
print(hashlib.sha256(b"x").hexdigest(), hashlib.md5(usedforsecurity=False).hexdigest(), hashlib.blake2b(b"x", digest_size=8).hexdigest())
