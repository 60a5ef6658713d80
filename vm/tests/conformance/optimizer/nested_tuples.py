# Tuples of constants, nested and with folded members.
t = (1, (2, (3, 4 + 1)), 'a' + 'b', -2, None, ...)
print(t, len(t), t[1][1][1])
u = ((),) * 2
print(u, u + ((),))
for x in (1, 2) + (3,):
    print(x, end=' ')
print()
a, b = 1 + 1, 2 * 2
print(a, b)
