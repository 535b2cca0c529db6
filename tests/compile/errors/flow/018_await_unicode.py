def f():
    s = '日本語'; t = await s
