# os.major, os.minor and os.makedev (glibc's encoding of dev_t) and their argument errors.
import os
for c in ['os.major(os.makedev(8, 1))', 'os.minor(os.makedev(8, 1))', 'os.makedev(8, 1)', 'os.makedev(0x12345, 0x6789a)', 'os.major(0x123456789abcdef0)', 'os.minor(0x123456789abcdef0)', 'os.major(-1)', 'os.major(2**64)', 'os.major(2**64-1)', 'os.minor(2**64-1)', 'os.makedev(-1, 0)', 'os.makedev(2**32, 0)', 'os.major(1.5)', 'os.major()', 'os.makedev(1)', 'os.major(True)']:
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)
