# Augmented assignment with constant operands still updates the variable.
x = 1
x += 2 * 3
x **= 2
x //= 1 + 1
s = 'a'
s *= 2 + 1
print(x, s)
