def f(x):
    x: int
    global x
