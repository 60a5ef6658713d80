ops = {}
for name, n in [("double", 2), ("triple", 3)]:
    ops[name] = (lambda k: lambda x: x * k)(n)
print(ops["double"](5), ops["triple"](5))
acc = []
adders = [lambda x, i=i: acc.append(x + i) for i in range(3)]
for a in adders:
    a(10)
print(acc)
