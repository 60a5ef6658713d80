# exec: statements run in globals/locals; names written go to the locals mapping.
g = {}
exec("y = 3\ndef f():\n    return y * 2\nz = f()", g)
print(g["y"], g["z"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
loc = {}
exec("w = 1\nv = w + 1", {}, loc)
print(loc)
g2 = {"base": 100}
l2 = {}
exec("r = base + 1", g2, l2)
print(l2, "r" in g2)
exec("print('hello from exec')")
counter = 0
exec("counter += 5")
print(counter)
print(exec("1 + 1"))
exec(b"print('bytes source')")
src = """
class K:
    def m(self):
        return 'method'
print(K().m())
for i in range(2):
    print('loop', i)
"""
exec(src, {})


def f():
    ns = {}
    exec("inner_name = 5", globals(), ns)
    return ns


print(f())
