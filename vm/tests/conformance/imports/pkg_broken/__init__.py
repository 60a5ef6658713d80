print("pkg_broken starting")
def fail():
    raise KeyError("missing key")
fail()
