# codecs.encode/decode wrap plain exceptions of a codec as CPython's wrap_codec_error does.
import codecs
class MyErr(ValueError): pass
class Attr(ValueError):
    def __init__(self, m): super().__init__(m); self.extra = 1
def make(exc):
    def enc(s, errors='strict'): raise exc
    return codecs.CodecInfo(enc, enc, name='t')
excs = {'plain': MyErr('boom'), 'attr': Attr('x'), 'two': ValueError('a', 'b'), 'uni': UnicodeError('u'),
        'key': KeyError('k'), 'os': OSError(2, 'no'), 'none': TypeError(), 'int': ValueError(5)}
codecs.register(lambda n: make(excs[n]) if n in excs else None)
for n in excs:
    try:
        codecs.encode('x', n)
    except Exception as e:
        print(n, type(e).__name__, e, type(e.__cause__).__name__)
