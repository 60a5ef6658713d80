# super(C) is unbound: a descriptor that binds to the instance it is found through;
# subclasses of super work; super(type, obj) checks obj.
class A:
    def meth(self, a):
        return "A(%r)" % a


class B(A):
    def __init__(self):
        self.__super = super(B, self)

    def meth(self, a):
        return "B(%r)" % a + self.__super.meth(a)


class C(A):
    def meth(self, a):
        return "C(%r)" % a + self.__super.meth(a)


C._C__super = super(C)
print(B().meth(2), C().meth(3))
print(super(C))
print(super(C).__self__, super(C).__thisclass__.__name__)
print(C._C__super is C.__dict__["_C__super"])


class D(C, B):
    def meth(self, a):
        return "D(%r)" % a + super(D, self).meth(a)


class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)


class E(D):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)


class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)


F._F__super = mysuper(F)
print(E().meth(5))
print(F().meth(6))

for args in [(C, 1), (1,), (C, A()), ()]:
    try:
        super(*args)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
print(super(A, C()).meth(1)[:1] if False else "ok")
s = super(A, C)
print(s.__self__.__name__, s.__thisclass__.__name__)
