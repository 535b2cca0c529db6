# f-strings: nesting, '=' self-documenting expressions, conversions, format specs from expressions, braces

x, y, name, items = 42, 3.14159, 'World', ['a', 'b']
print(f'Hello {name}!', f'{x}', f'{x!r}', f'{name!r}', f'{name!a}', f'{"é"!a}', f'{x:>6}', f'{y:.2f}', f'{x:#x}')
print(f'{x=}', f'{y=:.3f}', f'{name=!s}', f'{name = }', f'{ x = }', f'{x*2=}', f'{items[0]=}', f'{name=:>8}', f'{name=!r:^12}')
width, prec = 10, 3
print(f'[{y:{width}.{prec}}]', f'[{name:{"*"}^{width}}]', f'[{name:{"<" if x > 0 else ">"}{width}}]', f'[{x:{width}d}]')
print(f'{{}}', f'{{{x}}}', f'{{x}}', f'a{{b}}c{x}d', f'{"{"}', f'{"}"}', f'{{{{', f'}}}}')
print(f'{f"{x}"}', f'''{f"{f'{x}'}"}''', f"{'nested ' + f'{name.upper()}'}", f'{[f"{i}{i}" for i in range(3)]}')
print(f'{x if x else y}', f'{(lambda v: v * 2)(x)}', f'{items!r:>15}', f'{ {"k": 1}["k"] }', f'{(1, 2)}', f'{x, y}')
print(f'{3.0:g}', f'{1e6:,.0f}', f'{12345678:_}', f'{0.5:%}', f'{-7:+05d}', f'{255:08b}', f'{"text":.2}', f'{None!r}')
class C:
    def __format__(self, spec):
        return 'C(' + spec + ')'
    def __repr__(self):
        return 'C-repr'
    def __str__(self):
        return 'C-str'
c = C()
print(f'{c}', f'{c:abc}', f'{c!r}', f'{c!s}', f'{c!r:>10}', f'{c=}', f'{c=:spec}', f'{c=!s}')
print(f'''triple {x}
line two {name}''', F'upper-F {x}', rf'raw\n{x}', fr'{name}\t', f'tab\t{x}', len(f'\n{x}'))
print(f'{x:{"" if True else "x"}}', f'{"":>3}|', f'{x!s:}', f'{x:}', f'{name!r:}', f'{"a" "b"}')
s = 'multi'
print(f'{s}' f'{x}' 'plain' f'{y:.1f}', 'plain' f'{s!r}')
def err(src):
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__ + ':', e)
err("f'{x:d}'.format() if False else f'{name:d}'")
err("f'{x!z}'")
err("f'{}'")
err("f'{x'")
err("f'}'")
err("f'{x!}'")
err("f'{undefined_name}'")
err("f'{1/0}'")
err("f'{x:{1/0}}'")
d = {'key': 'value'}
print(f"{d['key']}", f'{d["key"]!r}', f'{len(d)=}', f'{"%s" % x}', f'{x:{width}}|{x:<{width}}|')
nums = [1.5, 22.25, 333.125]
for n in nums:
    print(f'{n:>10.2f}|{n:<10.1e}|{n:^10g}|{n:010.3f}|{n!r:>12}')
