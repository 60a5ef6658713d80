# __import__ with fromlist and level
m = __import__("pkg_basic.sub.deep.mod")
print(m.__name__)
m = __import__("pkg_basic.sub.deep.mod", fromlist=["answer"])
print(m.__name__)
m = __import__("pkg_basic.sub", globals(), locals(), ["leaf"], 0)
print(m.__name__, m.leaf.__name__)
m = __import__("sibling", {"__package__": "pkg_rel"}, None, ["shared"], 1)
print(m.__name__, m.shared)
m = __import__("inner.leaf", {"__name__": "pkg_rel.x"}, None, None, 1)
print(m.__name__)
m = __import__("", {"__package__": "pkg_rel.inner"}, None, ["leaf"], 2)
print(m.__name__)
for args in [("",), ("x", None, None, None, -1)]:
    try:
        __import__(*args)
    except ValueError as e:
        print(type(e).__name__, e)
