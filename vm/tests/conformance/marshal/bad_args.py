import marshal
for call in [lambda: marshal.loads("str"), lambda: marshal.loads(5), lambda: marshal.dumps(),
             lambda: marshal.loads()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)
print(marshal.version)
print(marshal.loads(marshal.dumps(7, 2)))
