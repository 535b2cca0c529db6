# str.encode with codecs and every error handler, including surrogates and astral characters

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))

texts = ['plain', 'café', 'naïve €', '日本', '\U0001F600!', 'a\udcffb', '\ud800', 'x\x00y', 'Ωmega']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'cp1252', 'utf-32-be']:
    for t in texts:
        row = []
        for h in handlers:
            try:
                row.append(t.encode(enc, h).hex())
            except UnicodeEncodeError as e:
                row.append('E%d-%d' % (e.start, e.end))
            except Exception as e:
                row.append(type(e).__name__)
        print(enc, ascii(t), ' '.join(row))
print('café'.encode(), 'café'.encode('UTF8'), 'café'.encode(encoding='latin_1'), 'x'.encode(errors='ignore'))
show('unknown codec', lambda: 'x'.encode('no-such-codec'))
show('unknown handler', lambda: 'é'.encode('ascii', 'no-such-handler'))
show('unknown handler unused', lambda: 'e'.encode('ascii', 'no-such-handler'))
show('strict message', lambda: 'aé€'.encode('ascii'))
show('latin message', lambda: 'é€x'.encode('latin-1'))
show('utf8 surrogate', lambda: 'a\ud800b'.encode('utf-8'))
show('not text codec', lambda: 'x'.encode('rot13'))
show('bad type', lambda: 'x'.encode(1))
show('bad errors type', lambda: 'x'.encode('ascii', 1))
try:
    'ab€cd'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, type(e.args).__name__, len(e.args))
import codecs
def handler(err):
    return ('<%d:%d>' % (err.start, err.end), err.end)
codecs.register_error('tests2.mark', handler)
print('a€b€€c'.encode('ascii', 'tests2.mark'), 'é'.encode('latin-1', 'tests2.mark'))
def skip_one(err):
    return ('?', err.start + 1)
codecs.register_error('tests2.skip', skip_one)
print('€€x'.encode('ascii', 'tests2.skip'))
def bad(err):
    return 'not a tuple'
codecs.register_error('tests2.bad', bad)
show('bad handler result', lambda: '€'.encode('ascii', 'tests2.bad'))
