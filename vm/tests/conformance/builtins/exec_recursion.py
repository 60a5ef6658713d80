# eval and exec nest: each level is counted toward the recursion limit.
def deep(n):
    if n == 0:
        return 0
    return eval("deep(n - 1) + 1", {"deep": deep, "n": n})


print(deep(50))
try:
    deep(100000)
except RecursionError as e:
    print(type(e).__name__)
ns = {"depth": 0}
exec("def f(k):\n    return k if k < 1 else f(k - 1)\nr = f(200)", ns)
print(ns["r"])
