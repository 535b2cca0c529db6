"""Where asynchronous comprehensions, await and async statements are allowed: compile()
with and without PyCF_ALLOW_TOP_LEVEL_AWAIT."""
cases = [
    ("def f():\n return (x async for x in y)", 0), ("def f():\n return [x for x in (y async for y in z)]", 0),
    ("def f():\n return [x async for x in (y async for y in z)]", 0),
    ("async def f():\n def g():\n  return [x async for x in y]", 0),
    ("async def f():\n class C:\n  v = [x async for x in y]", 0),
    ("async def f():\n return [[x async for x in y] for z in w]", 0),
    ("def f():\n return [[x async for x in y] for z in w]", 0),
    ("def f():\n return {x: y async for x, y in z}", 0),
    ("def f():\n return [await x for x in y]", 0),
    ("def f():\n return [x for x in y if await x]", 0),
    ("def f():\n return (await x for x in y)", 0),
    ("def f():\n return [(await x for x in y)]", 0),
    ("async def f():\n return [(await x for x in y) for z in w]", 0),
    ("lambda: await x", 0x2000), ("[await x for x in y]", 0x2000), ("(await x for x in y)", 0x2000),
    ("def f():\n  await x", 0x2000), ("class C:\n  await x", 0x2000), ("class C:\n  [x async for x in y]", 0x2000),
    ("async with x:\n  yield", 0x2000), ("yield", 0x2000), ("return", 0x2000),
    ("[x async for x in y]", 0), ("(x async for x in y)", 0), ("{x async for x in y}", 0),
]
for src, flags in cases:
    try:
        compile(src, "<p>", "exec", flags, dont_inherit=True)
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
