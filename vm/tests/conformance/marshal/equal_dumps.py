import marshal
print(marshal.dumps((1, "a", [2.5])) == marshal.dumps((1, "a", [2.5])))
print(type(marshal.dumps(None)).__name__)
print(marshal.dumps(1) != marshal.dumps(2))
