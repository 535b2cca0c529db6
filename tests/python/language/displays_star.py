# BUILD_LIST/TUPLE/SET/MAP with * and ** unpacking, and their error messages.
def t(src):
    try:
        print(repr(eval(src)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t("[*range(3), *'ab', 9]")
t("(*[1], *(2, 3))")
t("{*[1, 2], *{2, 3}}")
t("{**{'a': 1}, 'b': 2, **{'a': 3}}")
t("{'a': 1, **{}}")
t("[*1]")
t("(*None,)")
t("{*5}")
t("{**1}")
t("{**[1, 2]}")
t("{**{1: 2}, **None}")
t("dict(**{'a': 1}, **{'a': 2})")
t("print(*1)")
t("print(**1)")
t("print(**{1: 2})")
t("(lambda **k: k)(**{'x': 1}, y=2)")
t("(lambda **k: k)(x=0, **{'x': 1})")
t("(lambda *a: a)(*'ab', *[1])")
class M:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k * 2
t("{**M()}")
t("(lambda **k: k)(**M())")
class BadKeys:
    def keys(self): return 5
t("{**BadKeys()}")
class NoGet:
    def keys(self): return ['a']
t("{**NoGet()}")
t("(lambda **k: k)(**NoGet())")
t("{1: 'a', True: 'b', 1.0: 'c'}")
t("{1, True, 1.0}")
t("{[]: 1}")
t("{[1]}")
t("{1: 2, **{(): 3}}")
t("[x for x in (1, 2)] + [*{}]")
t("(*(), )")
t("{*()}")
t("f'{[*(1, 2)]}'")
