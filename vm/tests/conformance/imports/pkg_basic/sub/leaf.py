print("run pkg_basic.sub.leaf")
def hello():
    return "hello from leaf"
