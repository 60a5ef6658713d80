# A class's __annotations__ is its own: never inherited, an empty dict made on demand.
class Base:
    x: int = 1
    y: 'str'


class Child(Base):
    pass


class Plain:
    pass


print(Base.__annotations__)
print(Child.__annotations__, '__annotations__' in Child.__dict__)
print(Plain.__annotations__, Plain.__annotations__ is Plain.__annotations__)
Child.__annotations__['z'] = float
print(Child.__annotations__, Base.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print(type(e).__name__, e)


class WithSetup:
    z: list
    print('inside', __annotations__)
