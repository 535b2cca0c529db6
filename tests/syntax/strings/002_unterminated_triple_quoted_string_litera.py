a = """abc
