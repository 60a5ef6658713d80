# Out-of-range ints: each typecode's OverflowError text follows CPython's C conversions.
import array
values = [2**70, -2**70, 300, -1, 2**31, 2**63, -129, 2**32, -2**31 - 1, 65536]
for code in 'bBhHiIlLqQ':
    for v in values:
        try:
            a = array.array(code, [v])
            print(code, v, 'ok', a[0])
        except OverflowError as e:
            print(code, v, 'OverflowError', e)
