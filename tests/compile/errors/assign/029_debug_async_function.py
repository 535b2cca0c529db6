async def __debug__():
    pass
