# After an exception leaves a frame through a handler or finally that re-raises it, the
# frame's f_lineno is where it re-raised; the traceback entry keeps the raising line.
def simple():
    1/0
    pass

def in_except():
    try:
        1/0
    except:
        1/0
        pass

def other_except():
    try:
        1/0
    except TypeError as ex:
        pass

def two_excepts():
    try:
        1/0
    except TypeError:
        pass
    except KeyError:
        pass

def in_try():
    try:
        1/0
    finally:
        pass

def in_finally_if(flag):
    try:
        1/0
    finally:
        if flag:
            x = 1
        else:
            y = 2

def bare_raise():
    try:
        1/0
    except ZeroDivisionError:
        z = 3
        raise

def raise_in_handler():
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("v")

cases = [simple, in_except, other_except, two_excepts, in_try,
         lambda: in_finally_if(True), lambda: in_finally_if(False), bare_raise,
         raise_in_handler]
for f in cases:
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
        out = []
        while t:
            first = t.tb_frame.f_code.co_firstlineno
            out.append((t.tb_frame.f_code.co_name, t.tb_lineno - first, t.tb_frame.f_lineno - first))
            t = t.tb_next
        print(type(ex).__name__, out)
