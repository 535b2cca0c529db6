print(r'\d', rb'\d', '\\d', '\x41\u00e9\N{BULLET}')
