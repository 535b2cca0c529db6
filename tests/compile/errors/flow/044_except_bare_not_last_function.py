def f():
    try:
        pass
    except:
        pass
    except ValueError:
        pass
    except TypeError:
        pass
