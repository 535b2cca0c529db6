import asyncio
await asyncio.sleep(0)
x = [y async for y in z]
