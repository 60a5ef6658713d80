# `raise X from C` instantiates an exception class C; an error in doing so propagates.
class Broken(Exception):
    def __init__(self):
        raise RuntimeError('from __init__')


try:
    raise IndexError from Broken
except RuntimeError as e:
    print(type(e).__name__, e)


class Fine(Exception):
    pass


try:
    raise IndexError('i') from Fine
except IndexError as e:
    print(repr(e.__cause__), e.__suppress_context__)

for cause in (1, 'text', object):
    try:
        raise IndexError from cause
    except TypeError as e:
        print(type(e).__name__, e)
