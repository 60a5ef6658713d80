import marshal
code = compile("def g(x, y):\n    return x - y\n", "<file>", "exec")
loaded = marshal.loads(marshal.dumps(code))
print(loaded.co_filename, loaded.co_name)
ns = {}
exec(loaded, ns)
print(ns["g"](10, 4), ns["g"].__code__.co_varnames, ns["g"].__code__.co_argcount)
e = marshal.loads(marshal.dumps(compile("1 + 2 * 3", "<e>", "eval")))
print(eval(e))
