# Throwing into a generator that has not started: the exception passes through its frame
# (on the def line) before it is closed; the traceback shows it.
def f():
    try:
        yield
    except:
        raise
g = f()
try:
    1/0
except ZeroDivisionError as v:
    try:
        g.throw(v)
    except Exception as w:
        tb = w.__traceback__
levels = []
while tb:
    levels.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
    tb = tb.tb_next
print(levels)
print(g.gi_frame, g.gi_running)
try:
    f().throw(ValueError(7))
except ValueError as e:
    traceback = __import__("traceback")
    traceback.print_exc()

async def co():
    pass

c = co()
try:
    c.throw(KeyError("x"))
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
try:
    c.throw(KeyError("y"))
except RuntimeError as e:
    print(type(e).__name__, e)
f().throw(LookupError("uncaught"))
