import functools

def power(base, exp):
    return base ** exp

square = functools.partial(power, exp=2)
print(square(5))
two_to = functools.partial(power, 2)
print(two_to(10))
print(square.func is power, square.args, square.keywords)
print(functools.partial(square, 3)())
