def bad(x):
    return 1 // x

try:
    list(map(bad, [1, 0]))
except ZeroDivisionError as e:
    tb = e.__traceback__
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(out)
