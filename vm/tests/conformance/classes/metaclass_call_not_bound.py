# A metaclass `__call__` that is a class (not a binding descriptor) is called without the
# class being called; a static method there too.
class Meta(type):
    __call__ = dict


class M(metaclass=Meta):
    pass


print(M(a=1, b=2))


class Meta2(type):
    @staticmethod
    def __call__(*args, **kw):
        return ("static", args, sorted(kw))


class N(metaclass=Meta2):
    pass


print(N(1, k=2))


class Callable:
    __call__ = list


print(Callable()("ab"))
