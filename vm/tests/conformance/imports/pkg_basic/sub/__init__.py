print("init pkg_basic.sub", __name__, __package__)
