import marshal
class L(list): pass
class I(int): pass
def f(): pass
for bad in [object(), [1, object()], {"k": object()}, print, f, type, L(), I(3), range(3), {1: len}, ValueError, slice(1)]:
    try:
        marshal.dumps(bad)
        print("dumped", type(bad).__name__)
    except ValueError as e:
        print(type(e).__name__, e)
