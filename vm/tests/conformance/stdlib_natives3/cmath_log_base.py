# cmath.log with a base: log(z) / log(base), and which failures count.
import cmath

def show(z):
    print(format(z.real, '.12g'), format(z.imag, '.12g'))

show(cmath.log(8, 2))
show(cmath.log(100, 10))
show(cmath.log(-8, 2))
show(cmath.log(1j, 1j))
show(cmath.log(2, 0.5))
show(cmath.log(3 + 4j, 1 + 1j))
print(cmath.log(0, 2))
print(cmath.log(0, 0.5))
for args in [(2, 1), (2, 0), (0, 1), (1, 1), (0, 0), (5, 1.0 + 0j)]:
    try:
        print(cmath.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
