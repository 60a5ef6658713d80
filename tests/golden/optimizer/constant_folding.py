# Constant folding: numbers, unary minus, powers, strings, bytes and tuples of constants.
KB = 2 ** 10
area = 3 * 4 + 1 - 2
parts = 7 // 2, -7 % 3, 1 / 4, 1.5 * 2, 1 + 2j
neg = -(3 * 4), ~5, not 0
text = "ab" * 3 + "c"
raw = b"x" + b"y" * 2
nested = (1, 2 + 3, ("a", "b" * 2))
print(KB, area, parts, neg, text, raw, nested)
