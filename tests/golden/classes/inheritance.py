# Inheritance: overriding, super(), attribute lookup through the bases, isinstance.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def describe(self):
        return self.name + " is an " + self.kind + ": " + self.speak()


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return self.name + " barks"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " softly"


for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.describe())
p = Puppy("Tiny", 2)
print(p.age, p.kind, isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog("x"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, object))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__)


class Base:
    def hook(self):
        return "base hook"

    def template(self):
        return "[" + self.hook() + "]"


class Override(Base):
    def hook(self):
        return "override hook"


print(Base().template(), Override().template())


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
