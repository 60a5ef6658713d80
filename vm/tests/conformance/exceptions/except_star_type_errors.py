# except* with a group class or a non-exception is a TypeError when the clause is tested.
def attempt(make):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
    except BaseException as e:
        print("other", type(e).__name__, repr(e))

def a():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ExceptionGroup:
        pass

def b():
    try:
        raise ValueError()
    except* (ValueError, BaseExceptionGroup):
        pass

def c():
    try:
        raise ValueError()
    except* int:
        pass

def d():
    try:
        raise ValueError()
    except* (ValueError, "x"):
        pass

def e():
    # The type is only checked when an exception reaches the clause.
    try:
        pass
    except* ExceptionGroup:
        pass
    print("no exception, no check")

for f in (a, b, c, d, e):
    attempt(f)
