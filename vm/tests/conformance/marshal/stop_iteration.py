import marshal
r = marshal.loads(marshal.dumps(StopIteration))
print(r is StopIteration)
print(marshal.loads(marshal.dumps((StopIteration, ...)))[0] is StopIteration)
