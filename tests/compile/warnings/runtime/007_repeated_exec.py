import warnings
warnings.simplefilter("default")
for i in range(3):
    exec("v = 5\nr = v is 5")
compile("'\\w'", "<loop>", "exec")
compile("'\\w'", "<loop>", "exec")
print("end")
