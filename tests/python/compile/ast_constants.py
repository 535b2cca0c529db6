# compile() of AST objects whose Constants hold frozensets: folded by their items, kept apart in co_consts.
from _ast import *
def L(n):
    n.lineno, n.col_offset = 1, 0
    return n
call = L(Expr(value=L(Call(func=L(Name(id='print', ctx=Load())), args=[L(Constant(value='yes'))], keywords=[]))))
tree = Module(body=[L(If(test=L(Constant(value=frozenset({1}))), body=[call], orelse=[]))], type_ignores=[])
exec(compile(tree, 's', 'exec'))
tree = Module(body=[L(Expr(value=L(Call(func=L(Name(id='print', ctx=Load())), args=[L(Constant(value=frozenset({1, 2}))), L(Constant(value=frozenset({3})))], keywords=[]))))], type_ignores=[])
exec(compile(tree, 's', 'exec'))
c = compile(tree, 's', 'exec')
print(c.co_consts)
tree = Module(body=[L(If(test=L(Constant(value=frozenset())), body=[call], orelse=[L(Pass())]))], type_ignores=[])
exec(compile(tree, 's', 'exec'))
pair = L(Constant(value=(frozenset({7}), frozenset({7, 8}), (frozenset(),))))
tree = Module(body=[L(Expr(value=L(Call(func=L(Name(id='print', ctx=Load())), args=[pair, L(Constant(value=(frozenset({7}),)))], keywords=[]))))], type_ignores=[])
c = compile(tree, 's', 'exec')
exec(c)
print(len(c.co_consts))
