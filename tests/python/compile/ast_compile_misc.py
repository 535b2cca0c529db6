# compile() of AST objects: Interactive in 'single' mode, type comments and type ignores, subclasses of the node classes.
from _ast import *
exec(compile(Interactive(body=[Expr(value=Constant(value=5, lineno=1, col_offset=0), lineno=1, col_offset=0)]), 's', 'single'))
t = compile('x = 1 # type: int\n', 's', 'exec', 1024 | 4096)
exec(compile(t, 's', 'exec'), {})
print(t.body[0].type_comment)
for ti in [TypeIgnore(lineno='x', tag=''), TypeIgnore(lineno=1), TypeIgnore(tag='a'), TypeIgnore(lineno=1, tag=None), TypeIgnore(lineno=1, tag=3)]:
    try:
        compile(Module(body=[], type_ignores=[ti]), 's', 'exec'); print('ok')
    except Exception as e: print(type(e).__name__, e)
class M(Module): pass
print(type(compile(M(body=[], type_ignores=[]), 's', 'exec')).__name__)
try:
    compile(M(body=[], type_ignores=[]), 's', 'eval')
except Exception as e: print(type(e).__name__, e)
class E(expr):
    _fields = ()
try:
    compile(Module(body=[Expr(value=E(lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]), 's', 'exec')
except Exception as e: print(type(e).__name__, str(e).split(" at 0x")[0])
print(compile(FunctionType(argtypes=[], returns=Name(id='x', ctx=Load(), lineno=1, col_offset=0)), 's', 'func_type', 1024).__class__.__name__)
