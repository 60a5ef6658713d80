# Context, cause and suppress flags of what except* statements re-raise; a group subclass's
# own split() is used; nested except*.
def show(label, f):
    try:
        f()
        print(label, "no exception")
    except BaseException as e:
        print(label, type(e).__name__, repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
        if isinstance(e, BaseExceptionGroup):
            for s in e.exceptions:
                print("   ", repr(s), repr(s.__context__), repr(s.__cause__))

def a():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
show("a", a)

def b():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise ExceptionGroup("new", [KeyError(1)])
show("b", b)

def c():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError(5)
show("c", c)

def d():
    try:
        raise TypeError("naked")
    except* TypeError:
        raise KeyError(5)
show("d", d)

def e_():
    try:
        try:
            raise RuntimeError("outer ctx")
        except RuntimeError:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
show("e", e_)

class MyEG(ExceptionGroup):
    def split(self, cond):
        print("custom split called")
        return super().split(cond)
def f():
    try:
        raise MyEG("m", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("got", type(e).__name__, repr(e))
show("f", f)

def g():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError as e:
        raise e.exceptions[0]
show("g", g)

def h():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            print("h", i, repr(e))
    return "done"
print(h())

def k():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        try:
            raise TypeError("inner")
        except* TypeError as inner:
            print("nested except*", repr(inner), repr(inner.__context__))
show("k", k)
