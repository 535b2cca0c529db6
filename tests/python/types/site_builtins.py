# the names site.py adds to builtins (quit, exit, copyright, credits, license, help) and builtins' order
import builtins, sys
print(list(builtins.__dict__)[-7:])
print(repr(quit), repr(exit), type(quit).__name__, type(quit).__module__)
print(repr(copyright) == sys.copyright, repr(credits))
print(type(license).__name__, type(help).__name__, repr(help))
print(license._Printer__filenames[-2:], license._Printer__lines, license._Printer__name)
try:
    exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    quit()
except SystemExit as e:
    print('SystemExit', e.code)
print(sorted(n for n in dir(builtins) if not n.startswith('_') and not n[0].isupper()))
print(aiter.__name__, anext.__doc__ is not None or True, breakpoint.__module__, callable(breakpoint))
