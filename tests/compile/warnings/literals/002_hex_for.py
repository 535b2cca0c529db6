print([0x1for x in (1, 2)])
