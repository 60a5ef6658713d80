# SETUP_ANNOTATIONS keeps an __annotations__ the namespace already has.
ns = {'__annotations__': {1: 2}}
exec('x: int', ns)
print(ns['__annotations__'])

gns, lns = {}, {}
exec("'doc'\n__annotations__[1] = 2\nx: int = 5\n", gns, lns)
print(lns['__annotations__'], '__annotations__' in gns)


class Recording(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'__annotations__': Recording()}


class Annotated(metaclass=Meta):
    xx: 'ANNOT'


print(type(Annotated.__annotations__).__name__, Annotated.__annotations__)


class Locals:
    def __init__(self):
        self.d = {}

    def __setitem__(self, k, v):
        print('locals set', k)
        self.d[k] = v

    def __getitem__(self, k):
        return self.d[k]


loc = Locals()
exec('a: int = 1', {}, loc)
print(loc.d['__annotations__'], loc.d['a'])
