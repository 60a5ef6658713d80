import marshal
for v in [2**63, -(2**63) - 1, 2**200 + 12345, -(3**150), 10**100]:
    r = marshal.loads(marshal.dumps(v))
    print(type(r).__name__, r == v)
