# exec with a mapping class as locals; names read fall back to globals and builtins.
class Recorder(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)


r = Recorder()
exec("a = 1\nb = a + len('xy')", {}, r)
print(sorted(r.items()))
g = {"shared": 1}
exec("global shared\nshared = 2\nlocal_one = 3", g, {})
print(g["shared"], "local_one" in g)
