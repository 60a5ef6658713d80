*a, b = c
a, *b = c
[a, *b] = c
(*a, b) = c
a, *b, c = d
(a, *b), c = d
for *a, b in c: pass
for a, *b in c: pass
x = *a, b
x = *a,
x = [*a, *b]
x = {*a, *b}
x = (*a, *b)
x = {**a, 'b': 1, **c}
f(*a, *b, **c, **d)
f(*a, b, *c)
f(a, *b, c=1, **d)
f(*a, b=1, *c)
print(*[1, 2])
def g():
    return *a, b
def h():
    yield *a, b
x[*a]
x[*a, b]
x[a, *b]
x[*a] = 1
del a, b
del (a, b), [c]
for x in *a, *b: pass
with a as [*b, c]: pass
