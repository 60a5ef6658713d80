__unittest = True

def check():
    raise AssertionError("bad")

try:
    check()
except AssertionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, '__unittest' in tb.tb_frame.f_globals)
        tb = tb.tb_next
