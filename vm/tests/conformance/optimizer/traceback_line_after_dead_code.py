# Line numbers after removed code stay exact.
def f(x):
    if 0:
        print('never')
    while 0:
        print('never')
    if 1:
        y = x + 1
    return y.missing


f(1)
