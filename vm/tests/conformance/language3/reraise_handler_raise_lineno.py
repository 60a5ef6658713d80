# An exception raised inside an except or finally block leaves the frame at the raising line
# (the cleanup's RERAISE 1 restores the position where the exception was caught).
def in_handler():
    try:
        1/0
    except ZeroDivisionError:
        x = 1
        {}["k"]
        x = 2

def in_finally():
    try:
        pass
    finally:
        y = 1
        [][3]
        y = 2

def in_named_handler():
    try:
        1/0
    except ZeroDivisionError as e:
        int("q")

for f in (in_handler, in_finally, in_named_handler):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
        first = t.tb_frame.f_code.co_firstlineno
        print(type(ex).__name__, t.tb_lineno - first, t.tb_frame.f_lineno - first,
              type(ex.__context__).__name__)
