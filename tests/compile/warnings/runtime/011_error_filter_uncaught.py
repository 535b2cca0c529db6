import warnings
warnings.simplefilter("error")
print("compiling")
compile("a = 1\nb = a is 'x'\n", "uncaught.py", "exec")
