# imports inside functions bind local names; the module is cached once
def f():
    import mod_simple
    from pkg_basic.sub import leaf
    return mod_simple.bump(), leaf.hello()
print(f())
print(f())
print("mod_simple" in globals())
