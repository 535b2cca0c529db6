# compile() of malformed AST objects: obj2ast's and the validator's errors, as CPython's.
from _ast import *

def loc(node, line=1, col=0):
    for n in walk(node):
        if 'lineno' in type(n)._attributes and not hasattr(n, 'lineno_set'):
            n.__dict__.setdefault('lineno', line)
            n.__dict__.setdefault('col_offset', col)
            if isinstance(n, pattern):
                n.__dict__.setdefault('end_lineno', line)
                n.__dict__.setdefault('end_col_offset', col)
    return node

def walk(node):
    yield node
    for f in type(node)._fields:
        v = getattr(node, f, None)
        if isinstance(v, list):
            for x in v:
                if isinstance(x, AST):
                    yield from walk(x)
        elif isinstance(v, AST):
            yield from walk(v)

def no_address(text):
    i = text.find(' at 0x')
    if i < 0:
        return text
    j = text.index('>', i)
    return text[:i] + text[j:]

def try_compile(label, tree, mode='exec'):
    try:
        c = compile(tree, '<ast>', mode)
        print(label, 'ok', type(c).__name__)
    except Exception as e:
        print(label, type(e).__name__, no_address(str(e)))

def mod(*stmts):
    return loc(Module(body=list(stmts), type_ignores=[]))

def x(ctx=None):
    return Name(id='x', ctx=ctx or Load())

import _ast
arguments_ = _ast.arguments

def args(**kw):
    d = dict(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
    d.update(kw)
    return arguments_(**d)

cases = [
    ('store-expr', mod(Expr(value=x(Store())))),
    ('load-ok', mod(Expr(value=x()))),
    ('name-None', mod(Expr(value=Name(id='None', ctx=Load())))),
    ('name-True', mod(Expr(value=Name(id='True', ctx=Load())))),
    ('empty-fn-body', mod(FunctionDef(name='f', args=args(), body=[], decorator_list=[]))),
    ('empty-class-body', mod(ClassDef(name='C', bases=[], keywords=[], body=[], decorator_list=[]))),
    ('assign-notargets', mod(Assign(targets=[], value=x()))),
    ('delete-notargets', mod(Delete(targets=[]))),
    ('assign-load-target', mod(Assign(targets=[x()], value=x()))),
    ('assign-call-target', mod(Assign(targets=[Call(func=x(), args=[], keywords=[])], value=x()))),
    ('del-store', mod(Delete(targets=[x(Store())]))),
    ('boolop-1', mod(Expr(value=BoolOp(op=And(), values=[x()])))),
    ('dict-mismatch', mod(Expr(value=Dict(keys=[x()], values=[])))),
    ('dict-none-key', mod(Expr(value=Dict(keys=[None], values=[x()])))),
    ('list-none', mod(Expr(value=List(elts=[None], ctx=Load())))),
    ('body-none', mod(None)),
    ('compare-none', mod(Expr(value=Compare(left=x(), ops=[], comparators=[])))),
    ('compare-mismatch', mod(Expr(value=Compare(left=x(), ops=[Eq()], comparators=[x(), x()])))),
    ('listcomp-nogen', mod(Expr(value=ListComp(elt=x(), generators=[])))),
    ('listcomp-load-target', mod(Expr(value=ListComp(elt=x(), generators=[comprehension(target=x(), iter=x(), ifs=[], is_async=0)])))),
    ('const-list', mod(Expr(value=Constant(value=[1])))),
    ('const-tuple-list', mod(Expr(value=Constant(value=(1, [2]))))),
    ('const-ok', mod(Expr(value=Constant(value=(1, frozenset({2}), b'x', 1j, ...))))),
    ('defaults', mod(Expr(value=Lambda(args=args(defaults=[x()]), body=x())))),
    ('kwdefaults', mod(Expr(value=Lambda(args=args(kw_defaults=[x()]), body=x())))),
    ('annassign-simple', mod(AnnAssign(target=Attribute(value=x(), attr='a', ctx=Store()), annotation=x(), simple=1))),
    ('raise-cause', mod(Raise(exc=None, cause=x()))),
    ('try-nothing', mod(Try(body=[Pass()], handlers=[], orelse=[], finalbody=[]))),
    ('try-orelse', mod(Try(body=[Pass()], handlers=[], orelse=[Pass()], finalbody=[Pass()]))),
    ('trystar-nothing', mod(TryStar(body=[Pass()], handlers=[], orelse=[], finalbody=[]))),
    ('try-empty-body', mod(Try(body=[], handlers=[], orelse=[], finalbody=[Pass()]))),
    ('handler-empty', mod(Try(body=[Pass()], handlers=[ExceptHandler(type=None, name=None, body=[])], orelse=[], finalbody=[]))),
    ('with-noitems', mod(With(items=[], body=[Pass()]))),
    ('with-load-var', mod(With(items=[withitem(context_expr=x(), optional_vars=x())], body=[Pass()]))),
    ('import-empty', mod(Import(names=[]))),
    ('importfrom-neg', mod(ImportFrom(module='m', names=[alias(name='a')], level=-1))),
    ('importfrom-empty', mod(ImportFrom(module='m', names=[], level=0))),
    ('global-empty', mod(Global(names=[]))),
    ('nonlocal-empty', mod(Nonlocal(names=[]))),
    ('namedexpr-attr', mod(Expr(value=NamedExpr(target=Attribute(value=x(), attr='a', ctx=Store()), value=x())))),
    ('starred-load', mod(Assign(targets=[Starred(value=x(), ctx=Load())], value=x()))),
    ('match-nocases', mod(Match(subject=x(), cases=[]))),
    ('matchvalue-name', mod(Match(subject=x(), cases=[match_case(pattern=MatchValue(value=x()), body=[Pass()])]))),
    ('matchvalue-const-none', mod(Match(subject=x(), cases=[match_case(pattern=MatchValue(value=Constant(value=None)), body=[Pass()])]))),
    ('matchsingleton-1', mod(Match(subject=x(), cases=[match_case(pattern=MatchSingleton(value=1), body=[Pass()])]))),
    ('matchstar-top', mod(Match(subject=x(), cases=[match_case(pattern=MatchStar(name='a'), body=[Pass()])]))),
    ('matchas-noname', mod(Match(subject=x(), cases=[match_case(pattern=MatchAs(pattern=MatchAs(name='a'), name=None), body=[Pass()])]))),
    ('matchas-underscore', mod(Match(subject=x(), cases=[match_case(pattern=MatchAs(name='_'), body=[Pass()])]))),
    ('matchor-1', mod(Match(subject=x(), cases=[match_case(pattern=MatchOr(patterns=[MatchAs(name='a')]), body=[Pass()])]))),
    ('matchmapping-mismatch', mod(Match(subject=x(), cases=[match_case(pattern=MatchMapping(keys=[Constant(value=1)], patterns=[]), body=[Pass()])]))),
    ('matchclass-mismatch', mod(Match(subject=x(), cases=[match_case(pattern=MatchClass(cls=x(), patterns=[], kwd_attrs=['a'], kwd_patterns=[]), body=[Pass()])]))),
    ('matchclass-cls', mod(Match(subject=x(), cases=[match_case(pattern=MatchClass(cls=Constant(value=1), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()])]))),
    ('match-empty-body', mod(Match(subject=x(), cases=[match_case(pattern=MatchAs(name='a'), body=[])]))),
    ('for-empty', mod(For(target=x(Store()), iter=x(), body=[], orelse=[]))),
    ('while-empty', mod(While(test=x(), body=[], orelse=[]))),
    ('if-empty', mod(If(test=x(), body=[], orelse=[]))),
    ('bad-mod', 42),
    ('bad-stmt', mod(42)),
    ('bad-stmt-expr', loc(Module(body=[x()], type_ignores=[]))),
    ('bad-expr', mod(Expr(value=42))),
    ('body-int', Module(body=1, type_ignores=[])),
    ('no-typeignores', Module(body=[])),
    ('no-lineno', Module(body=[Pass()], type_ignores=[])),
    ('no-value', mod(Expr())),
    ('value-None', mod(Expr(value=None))),
    ('name-id-int', mod(Expr(value=Name(id=1, ctx=Load())))),
    ('name-noctx', mod(Expr(value=Name(id='x')))),
    ('name-badctx', mod(Expr(value=Name(id='x', ctx=Add())))),
    ('lineno-str', Module(body=[Pass(lineno='1', col_offset=0)], type_ignores=[])),
    ('lineno-big', Module(body=[Pass(lineno=2**40, col_offset=0)], type_ignores=[])),
    ('line-range', Module(body=[Pass(lineno=2, col_offset=0, end_lineno=1, end_col_offset=0)], type_ignores=[])),
    ('col-range', Module(body=[Pass(lineno=1, col_offset=5, end_lineno=1, end_col_offset=2)], type_ignores=[])),
    ('neg-col', Module(body=[Pass(lineno=1, col_offset=-1, end_lineno=1, end_col_offset=3)], type_ignores=[])),
    ('neg-line', Module(body=[Pass(lineno=-1, col_offset=0, end_lineno=3, end_col_offset=3)], type_ignores=[])),
    ('expr-mode-module', mod(Pass()), 'eval'),
    ('eval-ok', Expression(body=loc(Constant(value=1))), 'eval'),
    ('eval-store', Expression(body=loc(x(Store()))), 'eval'),
    ('interactive', loc(Interactive(body=[Expr(value=Constant(value=1))])), 'single'),
    ('interactive-as-exec', loc(Interactive(body=[Expr(value=Constant(value=1))])), 'exec'),
    ('functiontype', FunctionType(argtypes=[], returns=loc(x())), 'func_type'),
    ('fn-dup-arg', mod(FunctionDef(name='f', args=args(args=[arg(arg='a'), arg(arg='a')]), body=[Pass()], decorator_list=[]))),
    ('fn-arg-None', mod(FunctionDef(name='f', args=args(args=[arg(arg=None)]), body=[Pass()], decorator_list=[]))),
    ('fn-name-None', mod(FunctionDef(name=None, args=args(), body=[Pass()], decorator_list=[]))),
    ('fn-args-None', mod(FunctionDef(name='f', args=None, body=[Pass()], decorator_list=[]))),
    ('alias-None', mod(Import(names=[alias(name=None)]))),
    ('attr-None', mod(Expr(value=Attribute(value=x(), attr=None, ctx=Load())))),
    ('augassign-badop', mod(AugAssign(target=x(Store()), op=And(), value=x()))),
    ('const-subclass-int', mod(Expr(value=Constant(value=type('I', (int,), {})(1))))),
    ('const-bool', mod(Expr(value=Constant(value=True)))),
    ('importfrom-None-level', mod(ImportFrom(module='m', names=[alias(name='a')], level=None))),
    ('formatted', mod(Expr(value=JoinedStr(values=[FormattedValue(value=x(Store()), conversion=-1)])))),
    ('slice-store', mod(Expr(value=Subscript(value=x(), slice=Slice(lower=x(Store())), ctx=Load())))),
    ('yield-store', mod(Expr(value=Yield(value=x(Store()))))),
    ('await-mod', mod(Expr(value=Await(value=x())))),
    ('return-top', mod(Return(value=None))),
    ('break-top', mod(Break())),
    ('typeignore-bad', Module(body=[], type_ignores=[1])),
    ('pattern-no-end', mod(Match(subject=x(), cases=[match_case(pattern=MatchAs(name='a', lineno=1, col_offset=0), body=[Pass()])]))),
    ('matchclass-kwd-None', mod(Match(subject=x(), cases=[match_case(pattern=MatchClass(cls=x(), patterns=[], kwd_attrs=['None'], kwd_patterns=[MatchAs()]), body=[Pass()])]))),
    ('matchvalue-neg', mod(Match(subject=x(), cases=[match_case(pattern=MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), body=[Pass()])]))),
    ('matchvalue-not', mod(Match(subject=x(), cases=[match_case(pattern=MatchValue(value=UnaryOp(op=Not(), operand=Constant(value=1))), body=[Pass()])]))),
    ('matchvalue-complex', mod(Match(subject=x(), cases=[match_case(pattern=MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=1j))), body=[Pass()])]))),
    ('matchvalue-mult', mod(Match(subject=x(), cases=[match_case(pattern=MatchValue(value=BinOp(left=Constant(value=1), op=Mult(), right=Constant(value=1j))), body=[Pass()])]))),
    ('matchvalue-tuple', mod(Match(subject=x(), cases=[match_case(pattern=MatchValue(value=Constant(value=(1,))), body=[Pass()])]))),
    ('matchvalue-attr', mod(Match(subject=x(), cases=[match_case(pattern=MatchValue(value=Attribute(value=x(), attr='a', ctx=Load())), body=[Pass()])]))),
    ('matchvalue-fstr', mod(Match(subject=x(), cases=[match_case(pattern=MatchValue(value=JoinedStr(values=[])), body=[Pass()])]))),
    ('matchmapping-None-key', mod(Match(subject=x(), cases=[match_case(pattern=MatchMapping(keys=[Constant(value=None)], patterns=[MatchAs(name='a')]), body=[Pass()])]))),
    ('matchmapping-rest_', mod(Match(subject=x(), cases=[match_case(pattern=MatchMapping(keys=[], patterns=[], rest='_'), body=[Pass()])]))),
    ('matchseq-star-ok', mod(Match(subject=x(), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar(name='a')]), body=[Pass()])]))),
    ('matchseq-star-in-or', mod(Match(subject=x(), cases=[match_case(pattern=MatchSequence(patterns=[MatchOr(patterns=[MatchStar(), MatchStar()])]), body=[Pass()])]))),
    ('matchclass-attr-cls', mod(Match(subject=x(), cases=[match_case(pattern=MatchClass(cls=Attribute(value=Call(func=x(), args=[], keywords=[]), attr='a', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()])]))),
    ('match-guard-store', mod(Match(subject=x(), cases=[match_case(pattern=MatchAs(name='a'), guard=x(Store()), body=[Pass()])]))),
    ('matchas-None-name', mod(Match(subject=x(), cases=[match_case(pattern=MatchAs(name='None'), body=[Pass()])]))),
    ('matchstar-underscore', mod(Match(subject=x(), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar(name='_')]), body=[Pass()])]))),
    ('matchsingleton-ok', mod(Match(subject=x(), cases=[match_case(pattern=MatchSingleton(value=None), body=[Pass()])]))),
    ('arg-ann-store', mod(FunctionDef(name='f', args=args(args=[arg(arg='a', annotation=x(Store()))]), body=[Pass()], decorator_list=[]))),
    ('arg-line-range', mod(FunctionDef(name='f', args=args(args=[arg(arg='a', lineno=3, end_lineno=1)]), body=[Pass()], decorator_list=[]))),
    ('handler-line-range', mod(Try(body=[Pass()], handlers=[ExceptHandler(type=None, name=None, body=[Pass()], lineno=3, end_lineno=1)], orelse=[], finalbody=[]))),
    ('expr-line-range', mod(Expr(value=Name(id='x', ctx=Load(), lineno=3, end_lineno=1)))),
    ('keyword-None-arg', mod(Expr(value=Call(func=x(), args=[], keywords=[keyword(arg=None, value=x())])))),
    ('kw-defaults-None', mod(Expr(value=Lambda(args=args(kwonlyargs=[arg(arg='a')], kw_defaults=[None]), body=x())))),
    ('defaults-None', mod(Expr(value=Lambda(args=args(args=[arg(arg='a')], defaults=[None]), body=x())))),
    ('const-str-subclass', mod(Expr(value=Constant(value=type('S', (str,), {})('a'))))),
    ('const-kind-int', mod(Expr(value=Constant(value=1, kind=1)))),
    ('is_async-str', mod(Expr(value=ListComp(elt=x(), generators=[comprehension(target=x(Store()), iter=x(), ifs=[], is_async='a')])))),
    ('conversion-None', mod(Expr(value=JoinedStr(values=[FormattedValue(value=x(), conversion=None)])))),
    ('simple-None', mod(AnnAssign(target=x(Store()), annotation=x(), simple=None))),
    ('typeignores-int', Module(body=[], type_ignores=1)),
]

for case in cases:
    try_compile(*case)

try_compile('tuple-not-list', Module(body=(), type_ignores=[]))
try:
    compile(Module(body=[], type_ignores=[]), '<ast>', 'eval')
except Exception as e:
    print('mode-mismatch', type(e).__name__, e)
try:
    compile(Expression(body=loc(Constant(value=1))), '<ast>', 'exec')
except Exception as e:
    print('mode-mismatch2', type(e).__name__, e)
