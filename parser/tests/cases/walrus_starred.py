(a := 1)
if (b := f()) is not None: pass
while chunk := read(): pass
[y for x in z if (y := f(x))]
print(a := 1, b := 2)
a, *b, c = range(5)
*a, = b
[*a, *b] = c
first, *rest = items
print(*a, *b)
x = [*a]
y = {*a}
z = (*a,)
