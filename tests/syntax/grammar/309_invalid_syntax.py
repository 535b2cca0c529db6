def f(a /*): pass
