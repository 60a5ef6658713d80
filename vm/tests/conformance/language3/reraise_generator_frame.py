# A generator that lets an exception out through finally: its frame's f_lineno follows.
def gen():
    try:
        yield 1
        raise RuntimeError("in gen")
    finally:
        note = "cleanup"

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as ex:
    t = ex.__traceback__.tb_next
    first = t.tb_frame.f_code.co_firstlineno
    print(t.tb_frame.f_code.co_name, t.tb_lineno - first, t.tb_frame.f_lineno - first)

def gen2():
    try:
        yield 1
    except KeyError:
        pass

g = gen2()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as ex:
    t = ex.__traceback__.tb_next
    first = t.tb_frame.f_code.co_firstlineno
    print(t.tb_frame.f_code.co_name, t.tb_lineno - first, t.tb_frame.f_lineno - first)
