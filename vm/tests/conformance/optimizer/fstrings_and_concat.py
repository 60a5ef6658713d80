# f-strings next to folded constants.
n = 3
print(f'{n}' + 'x' * 2, f'{2 ** 5}', 'a' 'b' + 'c')
print(f'{"q" * 3}{n * 2}')
