def gen():
    yield 1
    raise ValueError("in gen")

try:
    for _ in gen():
        pass
except ValueError as e:
    tb = e.__traceback__
    out = []
    while tb:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(out)
