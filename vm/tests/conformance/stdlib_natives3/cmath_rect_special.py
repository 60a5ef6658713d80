# cmath.rect on infinite and NaN moduli and angles.
import cmath

inf = float('inf')
nan = float('nan')
for r in [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]:
    row = []
    for phi in [-inf, -1.0, -0.0, 0.0, 1.0, inf, nan]:
        try:
            z = cmath.rect(r, phi)
            row.append(repr(z.real) if z.real in (inf, -inf, 0.0) or z.real != z.real
                       else format(z.real, '.10g'))
            row[-1] += ',' + (repr(z.imag) if z.imag in (inf, -inf, 0.0) or z.imag != z.imag
                              else format(z.imag, '.10g'))
        except ValueError as e:
            row.append(type(e).__name__)
    print(repr(r), ' '.join(row))
