# Properties, __eq__ with __hash__, and objects as dict keys.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)


class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)


table = {Key(1, 2): "first", Key(3, 4): "second"}
print(table[Key(1, 2)], Key(3, 4) in table, Key(5, 6) in table, table)
print(Key(1, 2) == Key(1, 2), Key(1, 2) is Key(1, 2), len({Key(0, 0), Key(0, 0)}))
