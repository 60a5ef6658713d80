# without __all__, * skips names starting with an underscore
from mod_noall import *
print(a, b, f())
print("_hidden" in globals(), "_sys" in globals())
