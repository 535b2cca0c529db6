def über(ä, b, ä):
    pass
