import sys

def boom():
    raise KeyError('k')

try:
    boom()
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v))
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    print(tb.tb_next.tb_next)
    print(tb.tb_lasti >= 0, tb.tb_lasti % 2)
print(sys.exc_info())
