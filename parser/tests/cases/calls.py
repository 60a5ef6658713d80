f()
f(a)
f(a, b, c)
f(a, *args)
f(*args, **kwargs)
f(a, b=1, *c, d=2, **e)
f(*a, *b, c=1, **d, **e)
f(x for x in y)
f((x for x in y), z)
f(a)(b)(c)
f(a, b,)
obj.method(1)[2].attr(x=3)
print("hello", end="", sep=" ")
f(a := 1)
f(
    a,
    b,
)
