def g():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"

it = g()
next(it)
print(it.close())
