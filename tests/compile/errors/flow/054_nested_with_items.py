def f():
    with a0, b0:
        with a1, b1:
            with a2, b2:
                with a3, b3:
                    with a4, b4:
                        with a5, b5:
                            with a6, b6:
                                with a7, b7:
                                    with a8, b8:
                                        with a9, b9:
                                            with a10, b10:
                                                with a11, b11:
                                                    with a12, b12:
                                                        with a13, b13:
                                                            with a14, b14:
                                                                with a15, b15:
                                                                    with a16, b16:
                                                                        with a17, b17:
                                                                            with a18, b18:
                                                                                with a19, b19:
                                                                                    with a20, b20:
                                                                                        pass
