def a():
    b()

def b():
    raise ValueError("v")

try:
    a()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_code.co_name)
    tb.tb_next = None
    print(tb.tb_next)
    try:
        tb.tb_next = 3
    except TypeError as err:
        print(type(err).__name__, err)
    try:
        tb.tb_lineno = 3
    except AttributeError as err:
        print(type(err).__name__)
