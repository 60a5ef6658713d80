# isinstance/issubclass with objects that are not classes but have a tuple __bases__,
# and instances that claim a class through __class__.


class AbstractClass:
    def __init__(self, bases):
        self.bases = bases

    def getbases(self):
        return self.bases

    __bases__ = property(getbases)

    def __call__(self):
        return AbstractInstance(self)


class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass

    def getclass(self):
        return self.klass

    __class__ = property(getclass)


AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))


class Super:
    pass


class Child(Super):
    pass


print(isinstance(AbstractChild(), AbstractChild))
print(isinstance(AbstractChild(), AbstractSuper))
print(isinstance(AbstractSuper(), AbstractChild))
print(isinstance(Super(), AbstractSuper))
print(isinstance(Child(), AbstractSuper))
print(issubclass(AbstractChild, AbstractSuper))
print(issubclass(AbstractSuper, AbstractChild))
print(issubclass(AbstractChild, AbstractChild))
print(issubclass(Child, AbstractSuper))
print(issubclass(AbstractChild, Super))
print(issubclass(AbstractChild, (Super, AbstractSuper)))


class Multi:
    @property
    def __bases__(self):
        return (AbstractChild, Super, AbstractSuper)


print(issubclass(Multi(), AbstractSuper))
print(issubclass(Multi(), Child))


class A:
    @property
    def __bases__(self):
        return (int,)


class B:
    @property
    def __bases__(self):
        return (A(),)


print(issubclass(B(), int))
print(issubclass(B(), str))
