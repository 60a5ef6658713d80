# String, bytes and tuple folding.
print('ab' * 3 + 'c')
print(3 * 'xy')
print('a' * 0, repr('a' * -5))
print(b'x' + b'y' * 2)
print((1, 2) + (3,), (0,) * 3, 2 * ('a',))
print(('a', 'b') + ('c',) * 2)
print(len('z' * 4096), len('z' * 4097))
print(len((None,) * 256), len((None,) * 257))
