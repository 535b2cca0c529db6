# the builtin hash modules hashlib and hmac fall back on: md5, sha1, sha224, sha256, sha384, sha512
import _md5
import _sha1
import _sha256
import _sha512
import hmac

for ctor in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512]:
    h = ctor()
    h.update(b"abc")
    c = h.copy()
    c.update(bytearray(b"def"))
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16], ctor(b"x" * 1000).digest()[:8],
          ctor(string=memoryview(b"abc")).hexdigest() == h.hexdigest(), type(h).__name__, type(h).__module__)
    for bad in ["str", 5]:
        try:
            h.update(bad)
        except TypeError as e:
            print("  TypeError", e)
print(hmac.new(b"key", b"message", "sha256").hexdigest(), hmac.new(b"k" * 100, b"m", _md5.md5).hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.digest(b"key", b"msg", "sha1"))
