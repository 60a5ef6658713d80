# from m import missing
try:
    from mod_simple import missing
except ImportError as e:
    print(type(e).__name__, e.name)
from mod_noall import nope
