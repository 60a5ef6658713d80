lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *args, **kwargs: args
lambda a, /, b, *, c, d=2: a
lambda *, k: k
lambda x=lambda y: y: x
f = lambda: (yield)
lambda x: x if x else -x
