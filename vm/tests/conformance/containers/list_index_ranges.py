l = ["a", "b", "c", "b"]
print(l.index("b"), l.index("b", 2), l.index("b", -2))
try:
    l.index("b", 0, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    l.index("z")
except ValueError as e:
    print(type(e).__name__, e)
print(l[-1], l[-4])
try:
    l[-5]
except IndexError as e:
    print(type(e).__name__, e)
