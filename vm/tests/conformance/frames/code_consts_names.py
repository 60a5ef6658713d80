def f():
    import os
    return os.sep + "x" + str(len([1, 2]))

co = f.__code__
print('os' in co.co_names, 'len' in co.co_names, 'str' in co.co_names)
print("x" in co.co_consts)
