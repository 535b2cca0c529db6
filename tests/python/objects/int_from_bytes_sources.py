# int.from_bytes takes what PyObject_Bytes takes (iterables, buffers, __bytes__), and bytes()/bytearray() range messages.
for v in ['ab', 5, None, [1, 256], map(int, '12'), (x for x in [1]), bytearray(b'\x01'), memoryview(b'\x02\x03'), [255, 0]]:
    try: print(int.from_bytes(v, 'big'), int.from_bytes(v, 'little', signed=True) if not isinstance(v, (map,)) else '')
    except Exception as e: print(type(e).__name__, e)
for f in (bytes, bytearray):
    for v in ([256], (256,), iter([256]), [-1], ['a']):
        try: f(v)
        except Exception as e: print(f.__name__, type(v).__name__, type(e).__name__, e)
class B:
    def __bytes__(self): return b'\x01\x00'
print(int.from_bytes(B(), 'big'))
import ipaddress, pathlib
print(ipaddress.ip_address('10.0.0.1') + 1, pathlib.PurePosixPath('/a/b.txt').suffix)
