# The AST validator's identifier, position, context and literal-pattern checks, field by field.
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

A = lambda **k: arguments(**dict(dict(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), **k))
run('fn-None', FunctionDef(name='None', args=A(), body=[Pass()], decorator_list=[]))
run('arg-None', FunctionDef(name='f', args=A(args=[arg(arg='True')]), body=[Pass()], decorator_list=[]))
run('attr-None', Expr(value=Attribute(value=x(), attr='None', ctx=Load())))
run('kw-None', Expr(value=Call(func=Name(id='print', ctx=Load()), args=[], keywords=[keyword(arg='None', value=x())])))
run('alias-None', Import(names=[alias(name='None')]))
run('alias-as-None', Import(names=[alias(name='sys', asname='None')]))
run('global-None', Global(names=['None']))
run('class-True', ClassDef(name='True', bases=[], keywords=[], body=[Pass()], decorator_list=[]))
run('handler-None', Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='Exception', ctx=Load()), name='None', body=[Pass()])], orelse=[], finalbody=[]))
run('matchmapping-rest-None', Match(subject=x(), cases=[match_case(pattern=MatchMapping(keys=[], patterns=[], rest='None'), body=[Pass()])]))
run('matchstar-None', Match(subject=x(), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar(name='False')]), body=[Pass()])]))
run('vararg-None', FunctionDef(name='f', args=A(vararg=arg(arg='None')), body=[Pass()], decorator_list=[]))
run('kwarg-ann-store', FunctionDef(name='f', args=A(kwarg=arg(arg='k', annotation=x(Store()))), body=[Pass()], decorator_list=[]))
run('vararg-pos', FunctionDef(name='f', args=A(vararg=arg(arg='v', lineno=3, end_lineno=1)), body=[Pass()], decorator_list=[]))
run('kwonly-pos', FunctionDef(name='f', args=A(kwonlyargs=[arg(arg='v', lineno=3, end_lineno=1)], kw_defaults=[None]), body=[Pass()], decorator_list=[]))
run('posonly-defaults', FunctionDef(name='f', args=A(posonlyargs=[arg(arg='a')], defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[]))
run('keyword-pos', Expr(value=Call(func=x(), args=[], keywords=[keyword(arg='a', value=x(), lineno=3, end_lineno=1)])))
run('alias-pos', Import(names=[alias(name='sys', lineno=3, col_offset=0, end_lineno=1)]))
run('withitem-store-ctx', With(items=[withitem(context_expr=x(Store()))], body=[Pass()]))
run('comprehension-ifs-store', Expr(value=ListComp(elt=x(), generators=[comprehension(target=x(Store()), iter=x(), ifs=[x(Store())], is_async=0)])))
run('dictcomp-value-store', Expr(value=DictComp(key=x(), value=x(Store()), generators=[comprehension(target=x(Store()), iter=x(), ifs=[], is_async=0)])))
run('ifexp-orelse-store', Expr(value=IfExp(test=x(), body=x(), orelse=x(Store()))))
run('match-subject-store', Match(subject=x(Store()), cases=[match_case(pattern=MatchAs(), body=[Pass()])]))
run('assert-msg-store', Assert(test=x(), msg=x(Store())))
run('return-store', FunctionDef(name='f', args=A(), body=[Return(value=x(Store()))], decorator_list=[]))
run('decorator-store', FunctionDef(name='f', args=A(), body=[Pass()], decorator_list=[x(Store())]))
run('returns-store', FunctionDef(name='f', args=A(), body=[Pass()], decorator_list=[], returns=x(Store())))
run('raise-cause-store', Raise(exc=x(), cause=x(Store())))
run('subscript-slice-store', Expr(value=Subscript(value=x(), slice=x(Store()), ctx=Load())))
run('starred-del', Delete(targets=[Starred(value=x(Del()), ctx=Del())]))
run('tuple-mixed', Assign(targets=[Tuple(elts=[x(Store()), x(Load())], ctx=Store())], value=x()))
run('list-del', Delete(targets=[List(elts=[x(Store())], ctx=Del())]))
run('attr-del', Delete(targets=[Attribute(value=x(Store()), attr='a', ctx=Del())]))
run('match-guard-ok-orelse', Match(subject=x(), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), guard=Constant(value=True), body=[Pass()])]))
run('matchclass-kwd-pattern-star', Match(subject=x(), cases=[match_case(pattern=MatchClass(cls=x(), patterns=[MatchStar()], kwd_attrs=[], kwd_patterns=[]), body=[Pass()])]))
run('matchmapping-key-name', Match(subject=x(), cases=[match_case(pattern=MatchMapping(keys=[x()], patterns=[MatchAs()]), body=[Pass()])]))
run('matchmapping-key-true', Match(subject=x(), cases=[match_case(pattern=MatchMapping(keys=[Constant(value=True)], patterns=[MatchAs()]), body=[Pass()])]))
run('matchvalue-neg-str', Match(subject=x(), cases=[match_case(pattern=MatchValue(value=UnaryOp(op=USub(), operand=Constant(value='s'))), body=[Pass()])]))
run('matchvalue-binop-names', Match(subject=x(), cases=[match_case(pattern=MatchValue(value=BinOp(left=x(), op=Add(), right=x())), body=[Pass()])]))
run('matchvalue-attr-store', Match(subject=x(), cases=[match_case(pattern=MatchValue(value=Attribute(value=x(), attr='a', ctx=Store())), body=[Pass()])]))
MV = lambda v: Match(subject=x(), cases=[match_case(pattern=MatchValue(value=v), body=[Pass()])])
C = lambda v: Constant(value=v)
run('mv-neg-complex', MV(UnaryOp(op=USub(), operand=C(1j))))
run('mv-neg-float', MV(UnaryOp(op=USub(), operand=C(1.5))))
run('mv-neg-bool', MV(UnaryOp(op=USub(), operand=C(True))))
run('mv-uadd', MV(UnaryOp(op=UAdd(), operand=C(1))))
run('mv-neg-real-plus-imag', MV(BinOp(left=UnaryOp(op=USub(), operand=C(1)), op=Sub(), right=C(2j))))
run('mv-imag-plus-real', MV(BinOp(left=C(1j), op=Add(), right=C(1))))
run('mv-real-plus-neg-imag', MV(BinOp(left=C(1), op=Add(), right=UnaryOp(op=USub(), operand=C(1j)))))
run('mv-real-plus-real', MV(BinOp(left=C(1), op=Add(), right=C(2))))
run('mv-bytes', MV(C(b'x')))
run('mv-ellipsis', MV(C(...)))
run('mv-frozenset', MV(C(frozenset())))
