import os.path

print(repr(os.path.commonprefix([])))
print(repr(os.path.commonprefix(["/usr/lib"])))
print(repr(os.path.commonprefix(["/usr/lib", "/usr/local/lib"])))
print(repr(os.path.commonprefix(["/usr/lib", "/usr/lib"])))
print(repr(os.path.commonprefix(["abc", "abd", "ab"])))
print(repr(os.path.commonprefix(("x", "y"))))
print(repr(os.path.commonprefix(["héllo", "hélp"])))
from os.path import commonprefix
print(commonprefix is os.path.commonprefix)
