src = """
def f():
    nonlocal x
"""
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
src2 = """
def f(a):
    global a
"""
try:
    compile(src2, "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
