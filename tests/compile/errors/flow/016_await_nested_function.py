async def f():
    def g():
        return await x
