async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen cleanup')
async def main():
    g = agen()
    print(await g.__anext__())
    await g.aclose()
    print('closed')
    g2 = agen()
    print(await g2.asend(None))
    try:
        await g2.athrow(ValueError('x'))
    except ValueError as e:
        print('athrow propagated', e)
    async for v in agen():
        print('v', v)
    return 'main done'
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
