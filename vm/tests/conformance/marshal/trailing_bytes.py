import marshal
print(marshal.loads(marshal.dumps([1, 2]) + b"extra bytes"))
print(marshal.loads(marshal.dumps("s") + marshal.dumps("t")))
