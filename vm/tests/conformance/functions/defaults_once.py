def append(x, acc=[]):
    acc.append(x)
    return acc

print(append(1))
print(append(2))
print(append(3, []))
print(append.__defaults__)

calls = []
def make():
    calls.append(1)
    return len(calls)
def f(v=make()):
    return v
print(f(), f(), len(calls))
