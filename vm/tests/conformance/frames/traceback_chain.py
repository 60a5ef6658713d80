def inner():
    return 1 / 0

def middle():
    return inner()

def outer():
    return middle()

try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(type(e.__traceback__).__name__)
