# compile() of unusual but valid AST objects: the compiler's SyntaxErrors and the code's behaviour, as CPython's.
from _ast import *
import _ast
def loc(node):
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, AST):
            if 'lineno' in type(n)._attributes:
                n.__dict__.setdefault('lineno', 1); n.__dict__.setdefault('col_offset', 0)
                if isinstance(n, pattern):
                    n.__dict__.setdefault('end_lineno', 1); n.__dict__.setdefault('end_col_offset', 0)
            for f in type(n)._fields:
                v = getattr(n, f, None)
                if isinstance(v, list): stack.extend(v)
                elif isinstance(v, AST): stack.append(v)
    return node
x = lambda c=None: Name(id='x', ctx=c or Load())
def run(label, *stmts, mode='exec'):
    tree = loc(Module(body=list(stmts), type_ignores=[]))
    try:
        c = compile(tree, '<odd>', 'exec')
        ns = {'x': 5, 'print': print}
        try:
            exec(c, ns)
            print(label, 'ran')
        except Exception as e:
            print(label, 'run', type(e).__name__, e)
    except Exception as e:
        print(label, type(e).__name__, e)
run('starred-expr', Expr(value=Starred(value=x(), ctx=Load())))
run('starred-assign-value', Assign(targets=[x(Store())], value=Starred(value=x(), ctx=Load())))
run('two-starred', Assign(targets=[Tuple(elts=[Starred(value=x(Store()), ctx=Store()), Starred(value=x(Store()), ctx=Store())], ctx=Store())], value=x()))
run('const-frozenset', Expr(value=Constant(value=frozenset({(1, 2), 'a'}))))
run('const-kind', Expr(value=Constant(value='s', kind='u')))
run('importfrom-nomodule', ImportFrom(module=None, names=[alias(name='a')], level=0))
run('lineno-0', Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=0, col_offset=0), args=[Constant(value='hi', lineno=0, col_offset=0)], keywords=[], lineno=0, col_offset=0), lineno=0, col_offset=0))
run('col-neg', Expr(value=Constant(value=1, lineno=1, col_offset=-1, end_lineno=1, end_col_offset=-1), lineno=1, col_offset=-1, end_lineno=1, end_col_offset=-1))
run('yield-top', Expr(value=Yield()))
run('await-top', Expr(value=Await(value=x())))
run('nonlocal-top', Nonlocal(names=['x']))
run('return-in-class', ClassDef(name='C', bases=[], keywords=[], body=[Return(value=None)], decorator_list=[]))
run('continue-outside', Continue())
run('global-after-use', FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=x()), Global(names=['x'])], decorator_list=[]))
run('kwarg-dup', Expr(value=Call(func=Name(id='print', ctx=Load()), args=[], keywords=[keyword(arg='sep', value=x()), keyword(arg='sep', value=x())])))
run('dict-none-key', Expr(value=Dict(keys=[None], values=[Dict(keys=[], values=[])])))
run('match-ok', Match(subject=x(), cases=[match_case(pattern=MatchValue(value=Constant(value=5)), body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value='five')], keywords=[]))])]))
run('matchclass-kwd', Match(subject=x(), cases=[match_case(pattern=MatchClass(cls=Name(id='int', ctx=Load()), patterns=[], kwd_attrs=['real', 'real'], kwd_patterns=[MatchAs(), MatchAs()]), body=[Pass()])]))
run('matchmapping-dupkeys', Match(subject=x(), cases=[match_case(pattern=MatchMapping(keys=[Constant(value=1), Constant(value=1)], patterns=[MatchAs(), MatchAs()]), body=[Pass()])]))
run('matchor-binding', Match(subject=x(), cases=[match_case(pattern=MatchOr(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()])]))
run('matchas-irrefutable-first', Match(subject=x(), cases=[match_case(pattern=MatchAs(name='a'), body=[Pass()]), match_case(pattern=MatchAs(name='b'), body=[Pass()])]))
run('formatted-conv-r', Expr(value=Call(func=Name(id='print', ctx=Load()), args=[JoinedStr(values=[FormattedValue(value=x(), conversion=ord('r'), format_spec=JoinedStr(values=[Constant(value='>4')]))])], keywords=[])))
run('joinedstr-raw-const', Expr(value=JoinedStr(values=[Constant(value=1)])))
run('del-call', Delete(targets=[Name(id='y', ctx=Del())]))
run('lambda-defaults', Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1), Constant(value=2)]), body=x())))
run('slice-in-load', Expr(value=Slice()))
run('slice-in-tuple', Expr(value=Subscript(value=Constant(value=(1,2)), slice=Tuple(elts=[Slice()], ctx=Load()), ctx=Load())))
run('exc-star-no-type', TryStar(body=[Pass()], handlers=[ExceptHandler(type=None, name=None, body=[Pass()])], orelse=[], finalbody=[]))
run('try-star-break', For(target=x(Store()), iter=List(elts=[], ctx=Load()), body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=x(), name=None, body=[Break()])], orelse=[], finalbody=[])], orelse=[]))
run('name-debug', Assign(targets=[Name(id='__debug__', ctx=Store())], value=x()))
run('arg-debug', FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='__debug__')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]))
run('keyword-debug', Expr(value=Call(func=x(), args=[], keywords=[keyword(arg='__debug__', value=x())])))
run('class-kw-dup', ClassDef(name='C', bases=[], keywords=[keyword(arg='metaclass', value=Name(id='type', ctx=Load())), keyword(arg='metaclass', value=Name(id='type', ctx=Load()))], body=[Pass()], decorator_list=[]))
run('global-param', FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['x'])], decorator_list=[]))
run('name-empty', Assign(targets=[Name(id='', ctx=Store())], value=x()))
run('attr-empty', Expr(value=Attribute(value=x(), attr='', ctx=Load())))
run('import-star', Import(names=[alias(name='*')]))
run('importfrom-star-in-func', FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[ImportFrom(module='os', names=[alias(name='*')], level=0)], decorator_list=[]))
run('name-mangled', ClassDef(name='C', bases=[], keywords=[], body=[Assign(targets=[Name(id='__x', ctx=Store())], value=x())], decorator_list=[]))
run('name-space', Assign(targets=[Name(id='a b', ctx=Store())], value=x()))
run('const-huge-tuple', Expr(value=Constant(value=tuple(range(300)))))
run('const-nested', Expr(value=Constant(value=((1, (2, (3,))), frozenset()))))
run('const-ellipsis-bytes', Expr(value=Constant(value=(..., b'', 1.5, 2j, None, True))))
run('compare-many', Expr(value=Compare(left=x(), ops=[Lt(), Gt(), Eq(), In(), NotIn(), Is(), IsNot()], comparators=[x(), x(), x(), List(elts=[], ctx=Load()), List(elts=[], ctx=Load()), x(), x()])))
run('boolop-many', Expr(value=BoolOp(op=Or(), values=[x(), x(), x()])))
run('for-else', For(target=x(Store()), iter=List(elts=[], ctx=Load()), body=[Pass()], orelse=[Pass()]))
run('while-else-break', While(test=Constant(value=0), body=[Break()], orelse=[Pass()]))
run('classdef-starred-base', ClassDef(name='C', bases=[Starred(value=List(elts=[], ctx=Load()), ctx=Load())], keywords=[keyword(arg=None, value=Dict(keys=[], values=[]))], body=[Pass()], decorator_list=[]))
run('lambda-kwonly', Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[None], defaults=[], vararg=arg(arg='a'), kwarg=arg(arg='kw')), body=x())))
run('delete-tuple-list', Delete(targets=[Tuple(elts=[List(elts=[], ctx=Del())], ctx=Del())]))
run('raise-from', Try(body=[Raise(exc=Name(id='ValueError', ctx=Load()), cause=Constant(value=None))], handlers=[ExceptHandler(type=Name(id='ValueError', ctx=Load()), name='e', body=[Pass()])], orelse=[Pass()], finalbody=[Pass()]))
run('formatted-conv', Expr(value=JoinedStr(values=[FormattedValue(value=x(), conversion=ord('q'))])))
run('augassign-tuple', AugAssign(target=Tuple(elts=[], ctx=Store()), op=Add(), value=x()))
run('annassign-tuple', AnnAssign(target=Tuple(elts=[x(Store())], ctx=Store()), annotation=x(), simple=0))
