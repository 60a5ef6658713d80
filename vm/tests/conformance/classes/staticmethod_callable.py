def f(x=1): return x + 1
s = staticmethod(f)
print(s(), s(5))
print(s.__func__ is f, s.__wrapped__ is f)
c = classmethod(f)
print(c.__func__ is f, c.__wrapped__ is f)
class Callable:
    def __call__(self, *a): return ("called", a)
class K:
    sm = staticmethod(Callable())
    cm = classmethod(Callable())
    lm = staticmethod(len)
print(K.sm(1), K().sm(2))
print(K.cm(1)[1][0] is K, K().cm(2)[1][1])
print(K.lm("abc"))
import abc
class Base(abc.ABC):
    @staticmethod
    @abc.abstractmethod
    def g(): pass
print(Base.__dict__['g'].__isabstractmethod__)
print(staticmethod(f).__isabstractmethod__)
print(K.__dict__['sm'].__get__(None, K) is K.__dict__['sm'].__func__)
