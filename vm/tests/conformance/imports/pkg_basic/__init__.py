"""The pkg_basic package."""
print("init pkg_basic", __name__, __package__)
value = 1
