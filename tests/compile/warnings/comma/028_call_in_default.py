def f(a=(1, 2)(3)):
    pass
