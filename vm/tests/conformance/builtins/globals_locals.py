
def f():
    a = 1
    return locals()
print(f(), "f" in globals())
