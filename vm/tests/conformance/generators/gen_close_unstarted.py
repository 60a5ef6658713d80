def g():
    try:
        yield 1
    finally:
        print("never printed: finally of an unstarted generator")
it = g()
it.close()
print(next(it, "closed before start"))
