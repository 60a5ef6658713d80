import marshal
d = {1: "one", "1": "str one", (1,): "tuple"}
r = marshal.loads(marshal.dumps(d))
print(r)
print(marshal.loads(marshal.dumps({True, 2})))
print(list(marshal.loads(marshal.dumps({"b": 1, "a": 2}))))
