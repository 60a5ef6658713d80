import sys

def f():
    raise ValueError("first")

try:
    f()
except ValueError as e:
    saved = e.__traceback__

err = RuntimeError("second")
err2 = err.with_traceback(saved)
print(err2 is err)
tb = err.__traceback__
names = []
while tb:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print(names)
raise err
