def f():
    # été
    print('été', été)
    global été
