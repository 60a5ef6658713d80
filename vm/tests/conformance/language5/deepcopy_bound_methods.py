# deepcopy of a bound method binds the same function to a deep copy of its __self__;
# shallow copy fetches the method again from the same object.
import copy


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
m = c.bump
deep = copy.deepcopy(m)
print(deep.__func__ is m.__func__, deep.__self__ is c, deep(), c.n)
shallow = copy.copy(m)
print(shallow.__self__ is c, shallow(), c.n, shallow == m)
holder = {"obj": c, "method": c.bump}
h2 = copy.deepcopy(holder)
print(h2["method"].__self__ is h2["obj"], h2["obj"] is c)
print(h2["method"](), h2["obj"].n, c.n)
