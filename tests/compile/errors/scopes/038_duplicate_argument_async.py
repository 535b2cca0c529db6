async def f(
        first,
        second,
        first=1):
    pass
