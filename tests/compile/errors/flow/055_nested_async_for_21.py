async def f():
    async for x0 in y:
        async for x1 in y:
            async for x2 in y:
                async for x3 in y:
                    async for x4 in y:
                        async for x5 in y:
                            async for x6 in y:
                                async for x7 in y:
                                    async for x8 in y:
                                        async for x9 in y:
                                            async for x10 in y:
                                                async for x11 in y:
                                                    async for x12 in y:
                                                        async for x13 in y:
                                                            async for x14 in y:
                                                                async for x15 in y:
                                                                    async for x16 in y:
                                                                        async for x17 in y:
                                                                            async for x18 in y:
                                                                                async for x19 in y:
                                                                                    async for x20 in y:
                                                                                        pass
