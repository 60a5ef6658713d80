# del unbinds names, list items, slices and dict keys.
x = 10
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
xs = list(range(10))
del xs[0]
del xs[-1]
print(xs)
del xs[2:5]
print(xs)
del xs[::2]
print(xs)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)


def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(f())
