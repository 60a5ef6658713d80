# Warnings from code inside functions, lambdas, classes and comprehensions, in source order.
import warnings

src = '''
def f(x):
    return x is 1
g = lambda y: y is not "s"
class C:
    z = [a for a in b if a is 2.0]
    def m(self):
        assert (self, "m")
h = {k: (k (1)) for k in ((1, 2) (3, 4))}
'''
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile(src, "nested.py", "exec")
for x in w:
    print(x.lineno, x.filename, x.category.__name__, x.message)
