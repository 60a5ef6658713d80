import sys

def who_called():
    return sys._getframe(1).f_code.co_name

def alpha():
    return who_called()

def beta():
    return who_called()

class K:
    def method(self):
        return who_called()

print(alpha(), beta(), K().method())
print((lambda: who_called())())
print([who_called() for _ in range(1)])
