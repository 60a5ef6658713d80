d = {1: "int", 1.0: "float", True: "bool", (1, 2): "tuple", None: "none", frozenset(): "fs"}
print(d)
print(d[1], d[(1, 2)], d[None])
print({0: "a", False: "b", 0.0: "c"})
print(len({"a", "a", "b"}), len({1, True, 1.0}))
