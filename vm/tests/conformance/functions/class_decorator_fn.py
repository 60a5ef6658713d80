registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls

@register
class A:
    pass

def singleton(fn):
    return fn()

@singleton
def value():
    return 42

print(sorted(registry), value)
