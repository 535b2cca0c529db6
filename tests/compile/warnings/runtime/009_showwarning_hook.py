import warnings
def show(message, category, filename, lineno, file=None, line=None):
    print("hook:", category.__name__, message, filename, lineno, line)
warnings.showwarning = show
warnings.simplefilter("always")
compile("[(1, 2) (3, 4)]", "hooked.py", "exec")
compile("'\\d'", "hooked.py", "exec")
