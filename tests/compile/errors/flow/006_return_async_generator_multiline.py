async def f():
    await g()
    return [1,
            2]
    yield
