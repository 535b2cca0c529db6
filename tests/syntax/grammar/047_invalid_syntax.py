x += yield = 3
