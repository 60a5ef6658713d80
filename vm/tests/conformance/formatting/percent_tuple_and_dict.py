print("%s" % ((1, 2),))
print("%s-%s" % ("a", "b"))
print("%(x)s %(x)r" % {"x": "q"})
print("%d%%" % 50)
print("%5s|%-5s|%.1s" % ("ab", "cd", "ef"))
print("%08.3f|%+.2e|%x" % (3.14159, 1234.5, -255))
try:
    "%s %s" % {"a": 1}
except TypeError as e:
    print(type(e).__name__, e)
