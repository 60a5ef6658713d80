# Deeply nested structures: building, walking and printing them iteratively.
nested = []
current = nested
for i in range(200):
    inner = [i]
    current.append(inner)
    current = inner
depth = 0
node = nested
while node:
    node = node[-1] if isinstance(node[-1], list) else None
    depth += 1
print("depth", depth)
chain = None
for i in range(10000):
    chain = (i, chain)
total = 0
while chain is not None:
    total += chain[0]
    chain = chain[1]
print("sum", total)
table = {}
for i in range(2000):
    table[i] = [i] * (i % 5)
print(len(table), sum(len(v) for v in table.values()), table[1999])
