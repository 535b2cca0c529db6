import _operator as o
import operator
print([n for n in dir(o) if not n.startswith('__')])
print(operator.add is o.add, operator.itemgetter is o.itemgetter, operator.__doc__ == o.__doc__, operator.__lt__ is o.lt)
print(o.add(1, 2), o.sub(5, 3), o.mul('ab', 2), o.matmul.__name__, o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3),
      o.pow(2, 10), o.lshift(1, 4), o.rshift(16, 2), o.and_(6, 3), o.or_(6, 3), o.xor(6, 3))
print(o.neg(3), o.pos(-3), o.abs(-3), o.inv(5), o.invert(5), o.not_(0), o.truth([]), o.index(7), o.is_(None, None),
      o.is_not(1, None))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.gt(1, 2), o.ge(3, 2), o.lt([1], [2]))
l = [1, 2]
print(o.iadd(l, [3]) is l, l, o.iadd(1, 2), o.imul([0], 3), o.ipow(2, 3), o.isub(5, 1), o.ior({1}, {2}), o.iconcat([1], (2,)),
      o.ifloordiv(7, 2), o.itruediv(1, 4), o.imod(5, 2), o.ilshift(1, 2), o.irshift(8, 1), o.iand(3, 1), o.ixor(3, 1))
print(o.concat('ab', 'cd'), o.concat([1], [2]), o.concat((1,), (2,)), o.contains([1, 2], 2), o.countOf([1, 2, 1, 1.0], 1),
      o.indexOf('abc', 'c'))
d = {}
o.setitem(d, 'k', 1)
print(d, o.getitem(d, 'k'), o.delitem(d, 'k'), d)
print(o.length_hint([1, 2]), o.length_hint(iter([1, 2, 3])), o.length_hint(5, 9), o.length_hint(iter(range(4)), 2),
      o.length_hint(x for x in []), o.call(len, [1]), o.call(int, '10', base=2))
class H:
    def __length_hint__(self):
        return NotImplemented
class Bad:
    def __length_hint__(self):
        return 'x'
class Neg:
    def __length_hint__(self):
        return -1
print(o.length_hint(H(), 4))
for c in [Bad, Neg]:
    try:
        o.length_hint(c())
    except Exception as e:
        print(type(e).__name__, e)
print(o._compare_digest(b'abc', b'abc'), o._compare_digest('abc', 'abd'), o._compare_digest(bytearray(b'x'), b'x'))
ig = o.itemgetter(1)
ig2 = o.itemgetter(1, 'a'.upper() and 0)
print(ig, ig2, ig([5, 6]), ig2('xyz'), ig.__reduce__(), o.itemgetter(slice(1, None))([1, 2, 3]), o.itemgetter(-1)((1, 2)))
ag = o.attrgetter('real', 'imag')
print(ag, ag(3 + 4j), o.attrgetter('__class__.__name__')(1), o.attrgetter('a.b').__reduce__())
mc = o.methodcaller('split', ',', maxsplit=1)
print(mc, mc('a,b,c'), o.methodcaller('upper')('x'), o.methodcaller('f', 1).__reduce__(), repr(mc.__reduce__()[0]), mc.__reduce__()[1])
print(sorted([(2, 'b'), (1, 'c'), (3, 'a')], key=o.itemgetter(1)), sorted(['bb', 'a'], key=o.methodcaller('__len__')))
for c in ['o.itemgetter()', 'o.attrgetter()', 'o.attrgetter(1)', 'o.methodcaller()', 'o.methodcaller(1)', 'o.add(1)',
          'o.add(1,2,3)', 'o.add(a=1)', "o.length_hint(1,'a')", 'o.length_hint([],-1)', 'o.index(1.5)',
          'o._compare_digest("a",b"a")', 'o._compare_digest("é","é")', 'o._compare_digest(1,2)', 'o.countOf(1,1)',
          'o.indexOf([1],2)', 'o.truth()', 'o.not_(1,2)', 'o.itemgetter(1)(1)', 'o.attrgetter("x")(1)', 'o.concat(1,2)',
          'o.iconcat(1,[])', 'o.itemgetter(1)()', 'o.attrgetter("a")(1,2)', 'o.methodcaller("f")()', 'o.length_hint(1,2,3)',
          'o.pow(2,3,4)', 'o.add(1, "a")', 'o.iadd(1, "a")', 'o.contains(1, 1)', 'o.itemgetter(5)([1])', 'o.neg("a")']:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
