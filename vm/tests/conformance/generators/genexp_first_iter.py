def src():
    print("src evaluated")
    return [1, 2]

g = (v * 2 for v in src())
print("created")
print(list(g))

try:
    g2 = (v for v in 5)
except TypeError as e:
    print(type(e).__name__, e)
