with x as (*a, *b):
    pass
