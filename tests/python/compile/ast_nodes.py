# The _ast classes' constructors, fields, attributes and __reduce__, as CPython's.
import _ast

def clean(v):
    if isinstance(v, _ast.AST):
        return type(v).__name__ + '()'
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return type(v)(clean(x) for x in v)
    return v
def show(label, f):
    try:
        r = f()
        print(label, repr(clean(r)) if not isinstance(r, _ast.AST) else sorted(clean(r.__dict__).items(), key=str))
    except BaseException as e:
        print(label, type(e).__name__, e)
show('pos', lambda: _ast.Name('x', _ast.Load()))
show('pos+kw', lambda: _ast.Name('x', ctx=_ast.Load(), lineno=3))
show('too-many', lambda: _ast.Name('x', _ast.Load(), 3))
show('too-many-0', lambda: _ast.Pass(1))
show('too-many-1', lambda: _ast.Expr(1, 2))
show('dup', lambda: _ast.Name('x', id='y'))
show('unknown-kw', lambda: _ast.Name(spam=1))
show('empty', lambda: _ast.Name())
show('ast-base', lambda: _ast.AST(1))
show('ast-base-kw', lambda: _ast.AST(a=1))
show('fields', lambda: (_ast.AST._fields, _ast.Name._fields, _ast.expr._fields, _ast.Load._fields))
show('attributes', lambda: (_ast.Name._attributes, _ast.arg._attributes, _ast.Module._attributes, _ast.Load._attributes, _ast.AST._attributes if hasattr(_ast.AST, '_attributes') else 'none'))
show('match_args', lambda: (_ast.Name.__match_args__, _ast.Pass.__match_args__))
show('reduce', lambda: _ast.Name('x').__reduce__())
show('reduce-empty', lambda: _ast.Pass().__reduce__())
show('reduce_ex', lambda: _ast.Name('x').__reduce_ex__(2)[1:] )
n = _ast.Name('x')
show('missing-attr', lambda: n.ctx)
show('optional-default', lambda: (_ast.Return().value, _ast.Name().end_lineno, _ast.arg().type_comment))
show('missing-lineno', lambda: _ast.Name().lineno)
show('type-name', lambda: (type(n).__name__, type(n).__module__, type(n).__qualname__))
show('mro', lambda: [c.__name__ for c in type(n).__mro__])
show('isinstance', lambda: (isinstance(n, _ast.expr), isinstance(n, _ast.AST), issubclass(_ast.Load, _ast.expr_context)))
show('dict', lambda: _ast.Name('x', _ast.Load()).__dict__)
show('subclass', lambda: type('N', (_ast.Name,), {})('x', lineno=1).__dict__)
class MyNode(_ast.AST):
    _fields = ('a', 'b')
show('custom', lambda: MyNode(1, 2).__dict__)
show('custom-too-many', lambda: MyNode(1, 2, 3))
show('fields-bad', lambda: type('B', (_ast.AST,), {'_fields': 5})(1))
show('doc', lambda: _ast.AST.__doc__)
show('singleton', lambda: (_ast.Load() is _ast.Load(), type(_ast.Load())))
show('setattr', lambda: setattr(n, 'foo', 1) or n.foo)
show('weakref', lambda: __import__('_weakref').ref(n) is not None)
show('eq', lambda: _ast.Name('x') == _ast.Name('x'))
show('hash', lambda: type(hash(_ast.Name('x'))).__name__)
show('kw-None-extra', lambda: _ast.Constant(1, None).__dict__)
show('Constant-n', lambda: _ast.Constant(1).n if hasattr(_ast.Constant(1), 'n') else 'no n')
show('Num', lambda: hasattr(_ast, 'Num'))
show('dir', lambda: [k for k in dir(_ast) if not k.startswith('__')][:10])
show('PyCF', lambda: (_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT))

