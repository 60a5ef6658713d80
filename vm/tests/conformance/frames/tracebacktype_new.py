import sys
import types

fr = sys._getframe()
tb = types.TracebackType(None, fr, 0, 7)
print(type(tb).__name__, tb.tb_lineno, tb.tb_lasti, tb.tb_next, tb.tb_frame is fr)
tb2 = types.TracebackType(tb, fr, 2, 8)
print(tb2.tb_next is tb)
try:
    types.TracebackType(None, 5, 0, 1)
except TypeError as e:
    print(type(e).__name__)
print(types.FrameType is type(fr))
