import sys

def outer():
    class Inner:
        here = sys._getframe()
        name = here.f_code.co_name
        caller = here.f_back.f_code.co_name
    return Inner

C = outer()
print(C.name, C.caller)
print('name' in C.here.f_locals or 'here' in C.here.f_locals)
