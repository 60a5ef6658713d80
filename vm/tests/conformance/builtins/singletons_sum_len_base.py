# Calling the singletons' types, round's keywords, sum's refusals, __len__ results out of
# range, iter() errors passed through unchanged, __base__ by layout, bool(NotImplemented).
import sys, types
for tp, const in ((type(None), None), (type(NotImplemented), NotImplemented), (type(Ellipsis), Ellipsis)):
    print(tp() is const)
    try: tp(1)
    except TypeError as e: print(e)
print(round(number=-8.0, ndigits=-1), round(number=7))
try: sum([b'a'], bytearray(b''))
except TypeError as e: print(e)
try: sum([], b'')
except TypeError as e: print(e)
try: sum([], 'x')
except TypeError as e: print(e)
class HugeLen:
    def __len__(self): return sys.maxsize + 1
class NegHuge:
    def __len__(self): return -sys.maxsize - 10
class Neg:
    def __len__(self): return -10
for c in (HugeLen, NegHuge, Neg):
    try: len(c())
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
exc = TypeError()
class BadIterable:
    def __iter__(self): raise exc
for f in (zip, map, filter, enumerate):
    try:
        if f is map or f is filter: f(None, BadIterable())
        else: f(BadIterable())
    except TypeError as e: print(f.__name__, e is exc)
class B:
    pass
C = type('C', (B, int), {})
print(C.__base__)
class D(B, dict): pass
print(D.__base__)
for args, kw in [(('A', (), {}, ()), {}), (('A', (), ), {'dict': {}}), (('A', [], {}), {}),
                 (('A', (), types.MappingProxyType({})), {}), 
                 (('A', (bool,), {}), {}), (('A', (int, str), {}), {}),
                 (('A', (), {'__slots__': b'x'}), {}), 
                 (('A', (), {'__slots__': ''}), {}), (('A', (), {'__slots__': '42'}), {}),
                 (('A', (), {'__slots__': 'x\x00y'}), {}), (('A', (), {'__slots__': ('x', 'x')}), {})]:
    try:
        type(*args, **kw)
        print("no error", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    bool(NotImplemented)
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
