exec("print('\\d' is 'x')")
print(eval("() is ()"))
print(eval("'\\d'"))
