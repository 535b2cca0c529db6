f = lambda x: None

def g(*args, **kwargs):
    if args:
        global kwargs
