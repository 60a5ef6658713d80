# Names are never folded, even when they hold constants or shadow builtins.
True_ = 1
x = 2
print(x * 3, True_ + 1)
def f():
    x = 10
    return x ** 2
print(f())
