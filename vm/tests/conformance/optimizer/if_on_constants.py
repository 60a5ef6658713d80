# if/elif/while on constant tests, folded or not.
if 1 + 1:
    print('a')
else:
    print('b')
if 2 * 0:
    print('c')
elif 'x' * 2:
    print('d')
if not 0:
    print('e')
if ():
    print('f')
else:
    print('g')
n = 0
while 1 + 0:
    n += 1
    if n == 3:
        break
print(n)
while 0 - 0:
    print('never')
else:
    print('else runs')
