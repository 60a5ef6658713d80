x = 1
x = y = z = 0
a, b = b, a
a, *b = c
(a, b), c = d
[a, b] = c
a.b = 1
a[0] = 1
a.b.c[d] = e
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 2
x **= 2
x @= m
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
a.b += 1
a[0] += 1
x: int
x: int = 5
(y): str = 'a'
a.b: int = 1
a[0]: float
x = yield
x = yield 1
x = *a, b
(x) = 1
x, = y
