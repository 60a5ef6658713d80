# except* clauses in a generator: yielding inside clauses, send, throw; at the end a
# KeyError raised in a clause leaves uncaught, with the matched group as its context.
def gen():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i), TypeError(i)])
        except* ValueError as e:
            yield ("v", e.exceptions[0].args[0])
        except* TypeError as e:
            x = yield ("t", e.exceptions[0].args[0])
            if x:
                raise KeyError(x)
g = gen()
print(next(g), next(g), g.send(None), next(g))
try:
    print(g.send("boom"))
except (ExceptionGroup, KeyError) as e:
    print("out", repr(e), repr(e.__context__))
g3 = gen()
next(g3)
# Thrown into the ValueError clause: the TypeError clause still runs, then the OSError leaves.
print(g3.throw(OSError("thrown")))
try:
    print(list(g3))
except BaseException as e:
    print("thrown out", repr(e))
g4 = gen()
next(g4)
next(g4)
g4.send("uncaught")
