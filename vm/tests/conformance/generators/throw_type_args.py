def g():
    try:
        yield
    except Exception as e:
        yield type(e).__name__, e.args

it = g()
next(it)
print(it.throw(IndexError))
it2 = g()
next(it2)
print(it2.throw(KeyError("a")))
