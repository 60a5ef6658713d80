# NameError suggestions look at the globals of the function's own module.
import sys

src = '''
global_for_suggestions = 1

def func():
    return global_for_suggestio
'''
ns = {"__name__": "other"}
exec(src, ns)
try:
    ns["func"]()
except NameError as e:
    print(e.name)
    sys.__excepthook__(*sys.exc_info())
