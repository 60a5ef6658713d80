def gen(*args, **kw):
    for a in args:
        yield a
    for k in sorted(kw):
        yield k, kw[k]
print(list(gen(1, 2, b=2, a=1)))
try:
    gen(x=1, *[1])
    print("no error at call time")
except TypeError as e:
    print(e)
