# ref() refuses keywords; a subclass of ref takes them in its own __init__; __new__ and
# __init__ check the positional arguments.
import gc
import weakref


class C:
    pass


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **extra):
        super().__init__(ob, callback)
        self.__dict__.update(extra)


o = C()
try:
    weakref.ref(o, callback=None)
except TypeError as e:
    print("TypeError", e)
r = MyRef(o, value=24)
print(r.value, r() is o, type(r).__name__, weakref.getweakrefcount(o))
print(MyRef(o) is MyRef(o), weakref.ref(o) is weakref.ref(o))
plain = weakref.ref(o)
for args in [(), (0, 0, 0, 0, 0), (o, None, None)]:
    try:
        plain.__init__(*args)
        print("init ok", len(args))
    except TypeError as e:
        print("TypeError", e)
for args in [(), (o, None, 1)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError", e)
plain.__init__(o)
plain.__init__(o, None)
gc.collect()
print(plain() is o, weakref.getweakrefcount(o))
