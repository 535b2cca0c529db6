casif e ast.Subscr{{ipt():
    pass
