# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) keeps what it is given.
import sys, types

def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__

other = get_tb()
frame = sys._getframe()
tb = types.TracebackType(other, frame, 1, 2)
print(tb.tb_next is other, tb.tb_frame is frame, tb.tb_lasti, tb.tb_lineno)
tb = types.TracebackType(None, frame, 7, 40)
print(tb.tb_next, tb.tb_lasti, tb.tb_lineno)
print(isinstance(other.tb_lasti, int), other.tb_lasti % 2, other.tb_lineno)
for args in [("no", frame, 1, 2), (other, "no", 1, 2), (other, frame, "no", 2), (other, frame, 1, "nuh")]:
    try:
        types.TracebackType(*args)
    except TypeError as e:
        print(type(e).__name__)
