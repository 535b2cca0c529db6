def f():
    with x0:
        for x1 in y:
            with x2:
                for x3 in y:
                    with x4:
                        for x5 in y:
                            with x6:
                                for x7 in y:
                                    with x8:
                                        for x9 in y:
                                            with x10:
                                                for x11 in y:
                                                    with x12:
                                                        for x13 in y:
                                                            with x14:
                                                                for x15 in y:
                                                                    with x16:
                                                                        for x17 in y:
                                                                            with x18:
                                                                                for x19 in y:
                                                                                    with x20:
                                                                                        pass
