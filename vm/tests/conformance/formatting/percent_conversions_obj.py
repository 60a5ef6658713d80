class T:
    def __str__(self):
        return "str-T"
    def __repr__(self):
        return "repr-T"
t = T()
print("%s %r %a" % (t, t, t))
print("%s" % "é", "%a" % "é", "%r" % "é")
print("%d" % 3.99, "%i" % True, "%x" % 10)
try:
    "%x" % 1.5
except TypeError as e:
    print(type(e).__name__, e)
