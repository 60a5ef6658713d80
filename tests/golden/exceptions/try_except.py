# try / except / else / finally: which blocks run, in what order.
def run(case):
    print("-- case", case)
    try:
        print("try")
        if case == 1:
            raise ValueError("one")
        if case == 2:
            raise KeyError("two")
        if case == 3:
            return "returned from try"
    except ValueError as e:
        print("except ValueError", e)
    except KeyError as e:
        print("except KeyError", e)
    else:
        print("else")
    finally:
        print("finally")
    return "fell through"


for case in range(4):
    print(run(case))
try:
    try:
        1 / 0
    finally:
        print("inner finally runs before the outer handler")
except ZeroDivisionError as e:
    print("outer caught:", e)
try:
    try:
        raise TypeError("original")
    except TypeError:
        raise ValueError("from handler")
except ValueError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
try:
    pass
except Exception:
    print("not reached")
else:
    print("else without exception")
x = 0
while x < 3:
    try:
        x += 1
        if x == 2:
            continue
        print("loop body", x)
    finally:
        print("loop finally", x)
