# compile() of deeply nested or cyclic AST objects: obj2ast's RecursionError at CPython's depth.
import _ast, sys
def deep(n):
    e = _ast.Name(id='x', ctx=_ast.Load(), lineno=1, col_offset=0)
    for i in range(n):
        e = _ast.UnaryOp(op=_ast.Not(), operand=e, lineno=1, col_offset=0)
    return _ast.Expression(body=e)
def ok(n):
    try:
        compile(deep(n), 's', 'eval'); return True
    except RecursionError as e:
        return False
lo, hi = 1, 5000
while lo < hi:
    m = (lo + hi + 1) // 2
    if ok(m): lo = m
    else: hi = m - 1
print('max ok', lo)
def f(): return ok(lo)
print('from function', f())
stmt = _ast.Pass(lineno=1, col_offset=0)
for i in range(3000):
    stmt = _ast.If(test=_ast.Name(id='x', ctx=_ast.Load(), lineno=1, col_offset=0), body=[stmt], orelse=[], lineno=1, col_offset=0)
try:
    compile(_ast.Module(body=[stmt], type_ignores=[]), 's', 'exec')
except RecursionError as e:
    print(e)
def deep(n):
    e = _ast.Name(id='x', ctx=_ast.Load(), lineno=1, col_offset=0)
    for i in range(n):
        e = _ast.BinOp(left=e, op=_ast.Add(), right=_ast.Constant(value=1, lineno=1, col_offset=0), lineno=1, col_offset=0)
    return _ast.Expression(body=e)
for n in (100, 5000, 100000):
    try:
        c = compile(deep(n), 's', 'eval')
        print(n, 'ok')
    except RecursionError as e:
        print(n, 'RecursionError', e)
l = _ast.List(elts=[], ctx=_ast.Load(), lineno=1, col_offset=0)
l.elts.append(l)
try:
    compile(_ast.Expression(body=l), 's', 'eval')
except RecursionError as e:
    print('cycle RecursionError', e)
# deep source for ONLY_AST
try:
    compile('-' * 100000 + '1', 's', 'eval', 1024)
    print('ok')
except RecursionError as e:
    print('src RecursionError', e)
except MemoryError as e:
    print('src MemoryError', e)
