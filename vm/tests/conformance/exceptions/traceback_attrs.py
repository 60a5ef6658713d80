# with_traceback, __traceback__, __suppress_context__, args.
e = ValueError(1, 2)
print(e.args, e.__traceback__, e.__suppress_context__, e.__cause__, e.__context__)
print(e.with_traceback(None) is e)
try:
    e.with_traceback(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None)
    caught.__traceback__ = None
    print(caught.__traceback__)
e.args = [3, 4]
print(e.args, str(e))
e.args = "ab"
print(e.args)
e.__cause__ = KeyError()
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v") from None
except ValueError as v:
    print(v.__cause__, type(v.__context__).__name__, v.__suppress_context__)
