def show(e, indent=0):
    print(' ' * indent + repr(e))
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, indent + 2)
def t3():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        show(e)
        raise
try:
    t3()
except BaseException as e:
    show(e)
try:
    try:
        raise TypeError('x')
    except* ExceptionGroup:
        pass
except TypeError as e:
    print('TypeError', e)
