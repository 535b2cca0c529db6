# A traceback through a method, a lambda, a comprehension and a class body.
class Table:
    rows = [1, 2, 0]

    def ratios(self):
        return [(lambda r: 10 / r)(r) for r in self.rows]

Table().ratios()
