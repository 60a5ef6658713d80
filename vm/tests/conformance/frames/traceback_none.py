e = ValueError("x")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None)
print(e.__traceback__.tb_next)
e.__traceback__ = None
print(e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as err:
    print(type(err).__name__, err)
