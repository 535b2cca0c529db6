async def f():
    return [x for x in ((yield) for y in z)]
