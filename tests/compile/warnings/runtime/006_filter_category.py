import warnings
warnings.filterwarnings("error", category=SyntaxWarning)
try:
    compile("'\\d'\nx is 1\n", "<two>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
warnings.resetwarnings()
warnings.filterwarnings("error", category=DeprecationWarning)
try:
    compile("x is 1\n'\\d'\n", "<two>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
