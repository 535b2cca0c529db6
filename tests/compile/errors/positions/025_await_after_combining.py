def f():
    x = 'é'; await x
