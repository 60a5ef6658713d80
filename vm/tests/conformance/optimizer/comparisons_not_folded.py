# Comparisons of constants are evaluated at run time (CPython does not fold them either).
print(1 < 2, 2 ** 3 == 8, 'a' * 2 != 'aa', (1, 2) < (1, 3), 1 < 2 < 3)
print(None is None, None is not None, 'a' in 'abc', 3 not in (1, 2))
if 2 > 1:
    print('yes')
while 1 > 2:
    print('never')
