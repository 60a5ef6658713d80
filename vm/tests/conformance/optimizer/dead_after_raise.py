# Code after raise/return/continue/break never runs, and the rest still does.
def f():
    raise ValueError('x')
    print('dead')


def g():
    for i in range(3):
        continue
        print('dead')
    while True:
        break
        print('dead')
    return 'g'
    print('dead')


try:
    f()
except ValueError as e:
    print('caught', e)
print(g())
