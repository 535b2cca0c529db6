# compile(..., PyCF_ONLY_AST, _feature_version < 7): async and await are names outside 'async def' (the tokenizer's async_hacks).
import _ast
def dump(node):
    if isinstance(node, list):
        return '[' + ', '.join(dump(x) for x in node) + ']'
    if not isinstance(node, _ast.AST):
        return repr(node)
    parts = []
    for f in type(node)._fields:
        v = getattr(node, f, None)
        if v is None or v == []:
            continue
        parts.append(f + '=' + dump(v))
    return type(node).__name__ + '(' + ', '.join(parts) + ')'
for v in (4, 5, 6, 7):
    for src in ["async = 1\nawait = 2\n", "def async(): pass\n", "async def f():\n    await x\n",
                "async def f():\n    async = 1\n", "async def f():\n    pass\nawait = 1\n",
                "async def f():\n    def g():\n        await x\n", "async def f():\n    [x async for x in y]\n",
                "async \\\n def f(): pass\n", "x = async\n", "async def f(\n  a): await a\nawait(1)\n",
                "async def f(): return await x\nawait = 3\n", "class C:\n    async def f(self):\n        await x\n    await = 1\n"]:
        try:
            print(v, repr(src), dump(compile(src, '<ah>', 'exec', 1024, _feature_version=v)))
        except SyntaxError as e:
            print(v, repr(src), 'SyntaxError', e.msg, e.lineno, e.offset)
