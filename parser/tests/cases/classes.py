class A:
    pass

class B(A):
    x = 1

    def method(self):
        return self.x

class C(A, B, metaclass=Meta):
    """Docstring."""

class D(*bases, **kw):
    pass

class E():
    pass

@dataclass
class F:
    x: int
    y: int = 0

class G(A, x=1,):
    def __init__(self, *args):
        super().__init__(*args)
