print("run pkg_basic.sub.deep.mod", __name__, __package__)
answer = 42
