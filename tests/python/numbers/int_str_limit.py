# the int <-> str conversion digit limit: sys.set_int_max_str_digits, its errors, power-of-two bases being exempt
import sys
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not isinstance(r, (int, str)) or len(str(r)) < 80 else ('len', len(str(r))))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
big = 10 ** 4299
print(len(str(big)), len(repr(big)), len(f'{big}'), len('%d' % big))
show(str, 10 ** 4300); show(repr, 10 ** 4300); show(lambda: f'{10 ** 4300}'); show(lambda: '%d' % 10 ** 4300); show(lambda: format(10**4300, ','))
show(int, '1' * 4301); show(int, '1' * 4300); show(int, '-' + '1' * 4300); show(int, '1_' * 4300 + '1'); show(int, ' ' * 10 + '2' * 4301)
print(len(hex(10 ** 5000)), len(bin(10 ** 5000)), len(oct(10 ** 5000)), int('f' * 5000, 16).bit_length(), int('1' * 9000, 2).bit_length())
show(int, '7' * 4301, 8); show(int, '9' * 4301, 10); show(int, 'z' * 4301, 36); show(int, '1' * 4301, 3)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
show(str, 10 ** 5000); show(int, '1' * 5001)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 20000)), int('5' * 20000) % 97)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
show(str, 10 ** 640); show(int, '8' * 641)
show(sys.set_int_max_str_digits, 639); show(sys.set_int_max_str_digits, -1); show(sys.set_int_max_str_digits, 'x'); show(sys.set_int_max_str_digits)
show(sys.set_int_max_str_digits, maxdigits=1000); print(sys.get_int_max_str_digits())
show(sys.set_int_max_str_digits, 2**100)
sys.set_int_max_str_digits(sys.int_info.default_max_str_digits)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e.args[0][:60])
print(len(str(-(10 ** 4299))), len(str(10 ** 4299 * -1)))
show(str, -(10 ** 4300))
import decimal, json
show(json.dumps, 10 ** 4300); print(len(json.dumps(10 ** 4000)))
print(str(decimal.Decimal(10) ** 5000)[:6], int(1e300) > 0, len(str(int(1e300))))
