# exec() and eval() of strings inherit the caller's __future__ features; compile() unless dont_inherit.
from __future__ import annotations
exec("def g(a: int): pass\nprint(g.__annotations__)")
print(eval("(lambda: 0).__code__.co_flags & 0x1000000"))
ns = {}
exec(compile("x: list[int] = []", "s", "exec", dont_inherit=True), ns)
print(ns['__annotations__'])
import __future__
print(compile("1", "s", "exec", __future__.division.compiler_flag).co_flags & 0x20000)
print(compile("1", "s", "exec", 0x10).co_flags)
